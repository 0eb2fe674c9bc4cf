using WorkingParty.Answers.Model;
using WorkingParty.Answers.Retrieval;
using WorkingParty.Minutes.Model;

namespace WorkingParty.Answers.Library;

/// <summary>
/// A deadline of the stored minutes as answers cite it: its id <c>{meetingId}/{Deadline.LocalId}</c>, where it was
/// set, and the index terms of what it asks (subject, sentence, item title, documents), analysed on first use.
/// </summary>
internal sealed class ListedDeadline
{
    private readonly Lazy<IReadOnlySet<string>> _terms;

    private ListedDeadline(Meeting meeting, Deadline deadline)
    {
        Meeting = meeting;
        Deadline = deadline;
        Id = $"{meeting.Id}/{deadline.LocalId}";
        Source = meeting.Items.FirstOrDefault(i => i.Number == deadline.Item) is { } item
            ? Citations.Of(meeting, item, SectionOf(item, deadline.Sentence))
            : Citations.Of(meeting, deadline.Item);
        _terms = new(() => Concepts.TermsOf(string.Join(' ', deadline.Subject, SentenceOf(meeting, deadline.LocalId), Source.ItemTitle,
            string.Join(' ', deadline.Documents))));
    }

    public Meeting Meeting { get; }

    public Deadline Deadline { get; }

    public string Id { get; }

    public Citation Source { get; }

    public IReadOnlySet<string> Terms => _terms.Value;

    /// <summary>Every deadline of the meetings (given oldest first), newest meeting first, each in the minutes' order.</summary>
    public static IReadOnlyList<ListedDeadline> Of(IReadOnlyList<Meeting> meetings) =>
        meetings.Reverse().SelectMany(m => m.Deadlines.Select(d => new ListedDeadline(m, d))).ToList();

    /// <summary>The heading (sub-item, dash heading) the paragraph holding the sentence stands under, or null.</summary>
    private static string? SectionOf(AgendaItem item, string sentence)
    {
        var at = -1;
        for (var p = 0; p < item.Paragraphs.Count && at < 0; p++)
            if (item.Paragraphs[p].Text.Contains(sentence, StringComparison.Ordinal) || item.Paragraphs[p].Sentences.Any(s => s.Text == sentence)) at = p;
        return at < 0 ? null : Sections.Of(item)[at];
    }

    /// <summary>The sentence of the first deadline with this id: two requests of an item due the same day share one.</summary>
    private static string SentenceOf(Meeting meeting, string localId) =>
        meeting.Deadlines.First(d => d.LocalId == localId).Sentence;
}
