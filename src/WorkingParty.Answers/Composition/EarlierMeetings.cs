namespace WorkingParty.Answers.Composition;

/// <summary>
/// "When did the WP meet before 12 March?", "other meetings in October?": the body's earlier meetings that the minutes
/// mention ("as discussed at its meeting of 25 February"), quoted with their sentence, latest first. Only sentences that
/// speak of a meeting and name no other body (a Council, a conference) are taken: a mention is not a record of our own.
/// </summary>
internal sealed class EarlierMeetings(Vocabulary vocabulary)
{
    private const int MostSentences = 5;
    private readonly HashSet<string> _meetingWords = [.. vocabulary.MeetingWords];
    private readonly HashSet<string> _otherBodyWords = [.. vocabulary.OtherBodyWords];

    public PassagesAnswer? Answer(QuestionReading question, MinutesLibrary library, DateOnly today)
    {
        var filter = question.Meeting;
        var mentioned = library.NewestFirst(question.Bodies, today)
            .SelectMany(m => m.Events.Where(e => e.Kind == EventKind.PastEvent).Select(e => (Meeting: m, Event: e)))
            .Where(e => filter is null ? e.Event.Date < e.Meeting.Date
                : filter.Day is null ? filter.AcceptsAny(e.Event.Date, e.Event.EndDate) : e.Event.Date < filter.LastDay(today))
            .Where(e => e.Event.Date != e.Meeting.Date && IsOwnMeeting(e.Event.Sentence))
            .OrderByDescending(e => e.Event.Date)
            .DistinctBy(e => e.Event.Sentence)
            .Take(MostSentences)
            .Select(e => new QuotedPassage(e.Event.Sentence, Citations.Of(e.Meeting, e.Event.Item), []))
            .ToList();
        return mentioned.Count == 0 ? null : new PassagesAnswer(question.Question, mentioned);
    }

    private bool IsOwnMeeting(string sentence)
    {
        var words = Words.Split(sentence).Select(w => w.Lower).ToList();
        return words.Any(_meetingWords.Contains) && !words.Any(_otherBodyWords.Contains);
    }
}
