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

    private static IEnumerable<HeldMeeting> Held(QuestionReading question, MinutesLibrary library, DateOnly today) =>
        library.NewestFirst(question.Bodies, today).Where(m => question.Meeting?.Accepts(m) ?? true).Select(HeldMeetings.Of);
}
