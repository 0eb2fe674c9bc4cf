namespace WorkingParty.Answers.Composition;

/// <summary>
/// Checks a list of meetings held against what the question asks of a meeting beyond its body and date: in the season
/// asked ("the spring meeting"), an additional one ("is there an extra meeting in May?"), a cancelled one (which no
/// meeting held is) unless asked one moved from a day (held on the day its own record says it was moved to). A meeting
/// held that is none of what was asked is no answer, however well its body and month fit.
/// </summary>
internal static class HeldMeetingQualifiers
{
    private static readonly HashSet<string> AdditionalWords = [.. Vocabulary.Default.AdditionalWords];

    /// <summary>
    /// The answer with only the meetings that are what the question asks; null when none is, so that what the minutes
    /// say of it is shown instead. Any other answer, and one to a question about a topic, as it is.
    /// </summary>
    public static Answer? Checked(QuestionReading question, Answer? answer, MinutesLibrary library)
    {
        if (question.TopicWords.Count > 0) return answer;
        return answer switch
        {
            LastMeetingsAnswer held => Kept(question, held.Meetings, library) is { Count: > 0 } kept ? held with { Meetings = kept } : null,
            MinutesListAnswer held => Kept(question, held.Meetings, library) is { Count: > 0 } kept ? held with { Meetings = kept } : null,
            _ => answer,
        };
    }

    private static List<HeldMeeting> Kept(QuestionReading question, IReadOnlyList<HeldMeeting> meetings, MinutesLibrary library) =>
        question.AsksCancellation ? [.. meetings.Where(m => AsksMovedFromADay(question) && WasMoved(m, library))]
        : [.. meetings.Where(m => question.InSeason(m.Date) && (!question.AdditionalOnly || IsAdditional(m, library)))];

    /// <summary>"The meeting postponed from 3 March": a move asked of a meeting named by the day it was moved from.</summary>
    public static bool AsksMovedFromADay(QuestionReading question) => question.AsksMove && (question.Meeting ?? question.After)?.Day is not null;

    /// <summary>Whether the meeting's own record says it was moved to the day it was held on.</summary>
    private static bool WasMoved(HeldMeeting meeting, MinutesLibrary library) =>
        library.Meetings.Any(m => m.Id == meeting.MeetingId && MeetingsHeld.MovesToItsDay(m).Any());

    /// <summary>Whether the meeting's record calls it additional, or a record of its body announced it as such.</summary>
    private static bool IsAdditional(HeldMeeting meeting, MinutesLibrary library) =>
        library.Meetings.Any(m => m.Id == meeting.MeetingId && Words.Split(m.Title).Any(w => AdditionalWords.Contains(w.Lower)))
        || library.NewestFirstOf(meeting.Body).Any(m => m.Events.Any(e => e.Date == meeting.Date && e.Status == NextMeetings.Additional));
}
