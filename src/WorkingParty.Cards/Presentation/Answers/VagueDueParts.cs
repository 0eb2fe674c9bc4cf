namespace WorkingParty.Cards.Presentation.Answers;

/// <summary>
/// A deadline the minutes give as part of a month or year: their own words with the day read from them ("end of April"
/// (Monday 30 April 2018), "mid-March" (around Sunday 15 March 2015)), the last working day before a weekend end, and
/// the sentence it was read from.
/// </summary>
internal static class VagueDueParts
{
    /// <summary>The due date as shown: the minutes' words and the day, or only the day when the minutes give one.</summary>
    public static string Due(DeadlineEntry deadline) => deadline.Vague is not { } vague
        ? Wording.DayAndDate(deadline.Date)
        : $"{Wording.Quoted(vague.Words)} ({(vague.Approximate ? "around " : "")}{Wording.DayAndDate(deadline.Date)})";

    /// <summary>"Last working day: Friday 29 April 2016" when a month's or year's end falls on a weekend; else null.</summary>
    public static string? LastWorkingDay(DeadlineEntry deadline) =>
        deadline.LastWorkingDay is { } friday ? $"Last working day: {Wording.DayAndDate(friday)}" : null;

    /// <summary>The sentence the words are quoted from, always cited with a vague due date; null otherwise.</summary>
    public static string? Sentence(DeadlineEntry deadline) =>
        deadline.Vague is not null && deadline.Sentence is { } sentence ? Wording.Quoted(sentence) : null;
}
