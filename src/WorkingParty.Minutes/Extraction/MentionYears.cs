using WorkingParty.Minutes.Recognition;

namespace WorkingParty.Minutes.Extraction;

/// <summary>
/// Gives a date without a year the meeting's year, unless its wording says otherwise: "the next meeting on 15 January"
/// in December minutes is next January, "distributed in November" in January minutes was last November.
/// </summary>
public static class MentionYears
{
    private const int SlackDays = 60;

    public static (DateOnly Start, DateOnly? End) Resolve(DateMention mention, DateOnly meeting, Tense tense)
    {
        var resolved = mention.Resolve(meeting.Year);
        if (mention.HasYear)
        {
            return resolved;
        }

        var last = resolved.End ?? resolved.Start;
        if (tense == Tense.Future && last < meeting.AddDays(-SlackDays))
        {
            return mention.Resolve(meeting.Year + 1);
        }

        return tense == Tense.Past && resolved.Start > meeting.AddDays(SlackDays) ? mention.Resolve(meeting.Year - 1) : resolved;
    }
}
