using WorkingParty.Answers.Library;
using WorkingParty.Answers.Model;
using WorkingParty.Answers.Retrieval;
using WorkingParty.Answers.Schedule;
using WorkingParty.Answers.Understanding;
using WorkingParty.Minutes.Model;

namespace WorkingParty.Answers.Composition;

/// <summary>Every deadline of the stored minutes, with announced extensions applied, and the ones a question asks for.</summary>
internal static class Deadlines
{
    public static IEnumerable<DeadlineEntry> All(MinutesLibrary library, DateOnly today, IReadOnlyList<ScheduleChange> changes)
    {
        var moves = changes.OfType<DeadlineMoved>().GroupBy(c => c.DeadlineId).ToDictionary(g => g.Key, g => g.Last());
        foreach (var meeting in library.NewestFirst(null, today))
        {
            foreach (var deadline in meeting.Deadlines)
            {
                var id = $"{meeting.Id}/{deadline.LocalId}";
                var entry = new DeadlineEntry(id, deadline.Date, Days(deadline.Date, today), deadline.Subject,
                    deadline.RequestedFrom, deadline.Documents, Citations.Of(meeting, deadline.Item));
                yield return moves.TryGetValue(id, out var moved)
                    ? entry with { Date = moved.To, DaysLeft = Days(moved.To, today), ChangedBy = moved.Provenance.ToString() }
                    : entry;
            }
        }
    }

    /// <summary>
    /// Open deadlines soonest first, or past ones latest first, narrowed to the question's body, due month, document
    /// and topic. Null when a narrowing question finds nothing (the answer is then "not found", not "none").
    /// </summary>
    public static DeadlinesAnswer? Answer(QuestionReading question, MinutesLibrary library, DateOnly today, IReadOnlyList<ScheduleChange> changes)
    {
        var concepts = Concepts.Of(question.TopicWords);
        var meetings = library.Meetings.ToDictionary(m => m.Id);
        var chosen = All(library, today, changes)
            .Where(d => question.Past ? d.Date < today : d.Date >= today)
            .Where(d => question.Bodies is null || question.Bodies.Contains(d.Source.Body))
            .Where(d => question.Meeting is null || question.Meeting.Accepts(d.Date))
            .Where(d => question.Document is null || d.Documents.Any(doc => DocumentReference.Key(doc) == DocumentReference.Key(question.Document)))
            .Where(d => concepts.Count == 0 || concepts.AreAnsweredBy(TermsOf(d, meetings[d.Source.MeetingId], library)));
        var list = (question.Past ? chosen.OrderByDescending(d => d.Date) : chosen.OrderBy(d => d.Date)).ToList();
        var narrowed = concepts.Count > 0 || question.Document is not null || question.Meeting is not null;
        return list.Count == 0 && narrowed ? null : new DeadlinesAnswer(today, question.Past, list);
    }

    private static HashSet<string> TermsOf(DeadlineEntry entry, Meeting meeting, MinutesLibrary library)
    {
        var sentence = meeting.Deadlines.FirstOrDefault(d => $"{meeting.Id}/{d.LocalId}" == entry.Id)?.Sentence ?? "";
        return Concepts.TermsOf(string.Join(' ', entry.Subject, sentence, entry.Source.ItemTitle, string.Join(' ', entry.Documents)));
    }

    private static int Days(DateOnly date, DateOnly today) => date.DayNumber - today.DayNumber;
}
