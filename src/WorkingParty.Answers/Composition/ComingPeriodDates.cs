namespace WorkingParty.Answers.Composition;

/// <summary>
/// Asked for a coming meeting in a period ("first meeting next year?") when the minutes date none there, the sentences that
/// date the coming meetings are shown, each once, with why: no date of theirs is the one asked for.
/// </summary>
internal static class ComingPeriodDates
{
    private const string OutsidePeriod = "the minutes give no coming meeting in the period asked; this is what they say of the coming meetings";

    public static List<UpcomingDate> NoneInPeriod(IEnumerable<UpcomingDate> outside) =>
        [.. outside.DistinctBy(d => d.Sentence ?? d.Description).Select(d => d with { Doubt = new Doubt(OutsidePeriod, d.Sentence ?? d.Description) })];
}
