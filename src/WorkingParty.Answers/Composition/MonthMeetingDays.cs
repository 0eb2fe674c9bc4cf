namespace WorkingParty.Answers.Composition;

/// <summary>
/// "So that the Presidency can present the results at the meeting in January": a meeting named by its month alone is
/// the one meeting the same minutes schedule in that month ("meetings in 2027 on 19 January, 9 February and 2 March");
/// the sentence giving its day is quoted after the one naming the month.
/// </summary>
internal static class MonthMeetingDays
{
    private static readonly HashSet<string> MeetingWords = [.. Vocabulary.Default.MeetingWords];

    /// <summary>The passage dating the one coming meeting the minutes schedule in the month a passage's sentence names, or null.</summary>
    public static Passage? Dating(Passage passage, PassageIndex index)
    {
        var monthEvent = passage.Meeting.Events.FirstOrDefault(e => e.Item == passage.Item.Number && e.Precision == DatePrecision.Month
            && EventDates.SameSentence(e.Sentence, passage.Sentence.Text) && Words.Split(e.Description).Any(w => MeetingWords.Contains(w.Lower)));
        if (monthEvent?.EndDate is not { } end) return null;
        var inMonth = passage.Meeting.Events
            .Where(e => e.Kind == EventKind.NextMeeting && e.Precision == DatePrecision.Day && e.Date >= monthEvent.Date && e.Date <= end)
            .DistinctBy(e => e.Date)
            .ToList();
        if (inMonth.Count != 1) return null;
        var sentence = inMonth[0].Sentence;
        return index.Passages.FirstOrDefault(p => ReferenceEquals(p.Meeting, passage.Meeting) && EventDates.SameSentence(sentence, p.Sentence.Text));
    }
}
