using WorkingParty.Answers.Model;
using WorkingParty.Minutes.Model;

namespace WorkingParty.Answers.Tests.Evaluation;

public enum Grade { Right, NotFoundInstead, Wrong }

/// <summary>
/// Compares an answer with its label. An answer that states something (anything but not-found) and misses a key fact
/// is wrong; a not-found where an answer was expected is only a miss.
/// </summary>
internal sealed class AnswerGrader(IReadOnlyList<Meeting> meetings, string defaultMeeting)
{
    public (Grade Grade, string Why) Grade(LabelledQuestion label, Answer answer)
    {
        var (kind, facts) = Describe(answer);
        if (kind == label.Kind)
        {
            var missed = Missed(label, facts).ToList();
            if (missed.Count == 0) return (Evaluation.Grade.Right, "");
            // Quoted passages assert nothing: the wrong ones are a miss, not a confidently wrong answer.
            return (kind == "passages" ? Evaluation.Grade.NotFoundInstead : Evaluation.Grade.Wrong, string.Join("; ", missed));
        }
        return kind switch
        {
            "not-found" => (Evaluation.Grade.NotFoundInstead, "not found"),
            // The closest passages are a right answer to a question the minutes do not answer, if they do not claim to be one.
            "passages" when label.Kind == "not-found" => (Evaluation.Grade.Right, ""),
            "passages" => (Evaluation.Grade.NotFoundInstead, $"quoted passages, expected {label.Kind}"),
            _ => (Evaluation.Grade.Wrong, $"answered {kind}, expected {label.Kind}"),
        };
    }

    private IEnumerable<string> Missed(LabelledQuestion label, Facts facts)
    {
        if (label.Dates is { } dates && !(label.Kind == "deadlines" || dates.Count == 0 ? facts.Dates.SequenceEqual(dates) : facts.Dates.Take(dates.Count).SequenceEqual(dates)))
            yield return $"dates {string.Join(",", facts.Dates)}";
        if (label.Item is { } item && facts.Source?.Item != item) yield return $"item {facts.Source?.Item}";
        if (label.Items is { } items && !facts.Items.SequenceEqual(items)) yield return $"items {string.Join(",", facts.Items)}";
        var meeting = label.Meeting ?? (label.Item is not null || label.Count is not null ? defaultMeeting : null);
        var cited = meetings.FirstOrDefault(m => m.Id == facts.Source?.MeetingId)?.SourceFile;
        if (meeting is not null && cited != meeting) yield return $"meeting {cited}";
        if (label.Actor is { } actor && facts.Actor?.StartsWith(actor, StringComparison.Ordinal) != true) yield return $"actor {facts.Actor}";
        if (label.Document is { } document && facts.Document != document) yield return $"document {facts.Document}";
        if (label.Count is { } count && facts.Items.Count != count) yield return $"count {facts.Items.Count}";
    }

    private sealed record Facts(Citation? Source, IReadOnlyList<DateOnly> Dates, IReadOnlyList<int> Items, string? Actor = null, string? Document = null);

    private static (string Kind, Facts Facts) Describe(Answer answer) => answer switch
    {
        NextMeetingsAnswer a => ("next-meetings", new Facts(a.Dates.FirstOrDefault()?.Source, a.Dates.Select(d => d.Date).ToList(), [])),
        DeadlinesAnswer a => ("deadlines", new Facts(a.Deadlines.FirstOrDefault()?.Source, a.Deadlines.Select(d => d.Date).ToList(), a.Deadlines.Select(d => d.Source.Item).ToList())),
        AgendaAnswer a => ("agenda", new Facts(new Citation(a.MeetingId, a.Body, a.MeetingDate, 0, ""), [], a.Items.Select(i => i.Number).ToList())),
        AgendaItemAnswer a => ("item", new Facts(a.Source, [], [a.Source.Item])),
        ActorStatementsAnswer a => ("actor", new Facts(a.Statements[0].Source, [], a.Statements.Select(s => s.Source.Item).ToList(), Actor: a.Actor)),
        DocumentAnswer a => ("document", new Facts(a.Mentions[0].Source, [], a.Mentions.Select(m => m.Source.Item).ToList(), Document: a.Reference)),
        CarryOverAnswer a => ("carry-over", new Facts(a.Items[0].Source, [], a.Items.Select(i => i.Source.Item).ToList())),
        PassagesAnswer a => ("passages", new Facts(a.Passages[0].Source, [], a.Passages.Select(p => p.Source.Item).ToList())),
        LastMeetingsAnswer a => ("last-meeting", new Facts(Held(a.Meetings.FirstOrDefault()), a.Meetings.Select(m => m.Date).ToList(), [])),
        MinutesListAnswer a => ("minutes-list", new Facts(Held(a.Meetings.FirstOrDefault()), a.Meetings.Select(m => m.Date).ToList(), a.Meetings.Select(m => m.Items).ToList())),
        NotFoundAnswer => ("not-found", new Facts(null, [], [])),
        _ => throw new ArgumentOutOfRangeException(nameof(answer), answer.GetType().Name, "an answer kind the grader does not know"),
    };

    private static Citation? Held(HeldMeeting? meeting) =>
        meeting is null ? null : new Citation(meeting.MeetingId, meeting.Body, meeting.Date, 0, "");
}
