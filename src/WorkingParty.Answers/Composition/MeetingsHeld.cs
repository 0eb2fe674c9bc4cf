using WorkingParty.Answers.Library;
using WorkingParty.Answers.Model;
using WorkingParty.Answers.Understanding;

namespace WorkingParty.Answers.Composition;

/// <summary>The meetings whose minutes are held, as of today: the latest of each working party, or all of them.</summary>
internal static class MeetingsHeld
{
    /// <summary>"When did we last meet?": the latest meeting of each working party asked about (in the month asked, if any).</summary>
    public static LastMeetingsAnswer? Last(QuestionReading question, MinutesLibrary library, DateOnly today)
    {
        var latest = Held(question, library, today).DistinctBy(m => m.Body).ToList();
        return latest.Count == 0 ? null : new LastMeetingsAnswer(today, latest);
    }

    /// <summary>"Which minutes do you have?": every meeting of the working parties asked about, latest first.</summary>
    public static MinutesListAnswer? All(QuestionReading question, MinutesLibrary library, DateOnly today)
    {
        var all = Held(question, library, today).ToList();
        return all.Count == 0 ? null : new MinutesListAnswer(today, all);
    }

    /// <summary>
    /// "When were the minutes issued?": the record of the meeting named by its date (the latest when none is named),
    /// with its document number and issue date.
    /// </summary>
    public static MinutesIssuedAnswer? Issued(QuestionReading question, MinutesLibrary library, DateOnly today)
    {
        var named = Held(question, library, today).ToList();
        return named.Count == 0 ? null : new MinutesIssuedAnswer(today, question.Meeting is null ? named.Take(1).ToList() : named);
    }

    private static IEnumerable<HeldMeeting> Held(QuestionReading question, MinutesLibrary library, DateOnly today) =>
        library.NewestFirst(question.Bodies, today).Where(m => question.Meeting?.Accepts(m) ?? true).Select(HeldMeetings.Of);
}
