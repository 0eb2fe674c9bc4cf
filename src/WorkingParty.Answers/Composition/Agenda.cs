namespace WorkingParty.Answers.Composition;

/// <summary>The agenda of the meeting a question names, or of the latest one.</summary>
internal static class Agenda
{
    private static readonly HashSet<string> ConclusionWords = [.. Vocabulary.Default.ConclusionWords];
    private static readonly HashSet<string> AgendaAdoptionWords = [.. Vocabulary.Default.AgendaAdoptionWords];

    /// <param name="detailed">
    /// Whether the question asks what the meeting was about ("what happened at the meeting of 3 May?"): then each item
    /// comes with its documents and its concluding sentence (else its first).
    /// </param>
    public static AgendaAnswer? Answer(QuestionReading question, MinutesLibrary library, DateOnly today, bool detailed) =>
        library.Select(question.Meeting, question.Bodies, today) is { } meeting ? Of(meeting, detailed) : null;

    /// <summary>
    /// The agenda of the meeting the question's topic names by its subject line or its bodies, not by an item ("the
    /// agenda of the cholera meeting", "agenda of the joint PIERS/DOCKS"): the newest held by today (on the date asked,
    /// if any) whose subject or bodies hold every topic word and none of whose item titles does; or null.
    /// </summary>
    public static AgendaAnswer? OfMeetingNamed(QuestionReading question, MinutesLibrary library, DateOnly today)
    {
        var asked = question.TopicWords.SelectMany(w => w.Split('/', StringSplitOptions.RemoveEmptyEntries)).ToList();
        return asked.Count > 0 && library.NewestFirst(question.Bodies, today)
            .FirstOrDefault(m => (question.Meeting?.Accepts(m) ?? true) && HoldsAll($"{m.Title} {m.Body}", asked) && !m.Items.Any(i => HoldsAll(i.Title, asked)))
            is { } meeting ? Of(meeting, detailed: false) : null;
    }

    private static bool HoldsAll(string text, List<string> asked)
    {
        var words = Words.Split(text).SelectMany(w => w.Lower.Split('/')).ToHashSet(StringComparer.Ordinal);
        return asked.TrueForAll(words.Contains);
    }

    private static AgendaAnswer Of(Meeting meeting, bool detailed) =>
        new(meeting.Id, meeting.Body, meeting.Date, meeting.DateInferred, meeting.Items.Select(i => detailed ? Detailed(i) : Line(i)).ToList());

    /// <summary>The item's title and those of its lettered parts, which often name what the item was about.</summary>
    private static AgendaLine Line(AgendaItem item) => new(item.Number, item.Title)
    {
        SubItems = item.SubItems.Select(s => $"{s.Label}) {s.Title}").ToList(),
    };

    /// <summary>The item with its documents, but for the agenda's own document under the item adopting it, and its summary.</summary>
    private static AgendaLine Detailed(AgendaItem item) => Line(item) with
    {
        Documents = AdoptsAgenda(item) ? [] : ItemDocuments.Of(item, subItem: null).Select(d => d.Reference).ToList(),
        Summary = Summary(item),
    };

    /// <summary>"Adoption of the agenda", "Approval of the provisional agenda (CM 2210/05)": the words before any bracket, all of adopting the agenda.</summary>
    private static bool AdoptsAgenda(AgendaItem item)
    {
        var bracket = item.Title.IndexOf('(', StringComparison.Ordinal);
        var words = Words.Split(bracket < 0 ? item.Title : item.Title[..bracket]);
        return words.Any(w => w.Lower == "agenda") && words.All(w => AgendaAdoptionWords.Contains(w.Lower));
    }

    /// <summary>The item's last sentence that concludes ("The Chair concluded ...", "... will return to ..."), else its first.</summary>
    private static string? Summary(AgendaItem item)
    {
        var sentences = item.Paragraphs.SelectMany(p => p.Sentences).Select(s => s.Text).ToList();
        return sentences.LastOrDefault(s => Words.Split(s).Any(w => ConclusionWords.Contains(w.Lower))) ?? sentences.FirstOrDefault();
    }
}
