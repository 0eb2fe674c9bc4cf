using WorkingParty.Minutes.Recognition;

namespace WorkingParty.Minutes.Extraction;

/// <summary>
/// Gives a date without a year its year. The sentence's own year comes first ("in 2018: 17 January, 5 February",
/// "17 January and 5 February 2018"). Otherwise a date to come is the first such day on or after the meeting ("the
/// next meeting on 15 January" in December minutes is next January), and a date spoken of as past the last such day
/// before it. A date with no cue either way is read as to come, unless it falls shortly before the meeting: then it is
/// read as past, and marked as a doubt.
/// </summary>
public static class MentionYears
{
    private const int RecentPastDays = 90;
    private const int ReportedLaterDays = 14;

    public static ResolvedDate Resolve(DateMention mention, DateOnly meeting, Tense tense, int? sentenceYear = null)
    {
        if (mention.HasYear || sentenceYear is not null)
        {
            var (start, end) = mention.Resolve(mention.Year ?? sentenceYear!.Value);
            return new ResolvedDate(start, end, null);
        }

        var thisYear = mention.Resolve(meeting.Year);
        var first = thisYear.Start;
        return tense switch
        {
            Tense.Past when first > meeting.AddDays(ReportedLaterDays) => At(mention, meeting.Year - 1),
            Tense.Past => At(mention, meeting.Year),
            Tense.Future => first >= meeting ? At(mention, meeting.Year) : At(mention, meeting.Year + 1),
            _ when first >= meeting => At(mention, meeting.Year),
            _ when first >= meeting.AddDays(-RecentPastDays) => At(mention, meeting.Year) with
            {
                Doubt = "no year is given and the sentence does not say whether it is past or to come; read as the one shortly before the meeting",
            },
            _ => At(mention, meeting.Year + 1),
        };
    }

    /// <summary>
    /// A due date to come: a deadline is due by a span's last day, so with no year it is the first such span that has
    /// not ended by the meeting ("by the end of April" in minutes of 25 April is due this 30 April, not next year's).
    /// </summary>
    public static ResolvedDate Due(DateMention mention, DateOnly meeting, int? sentenceYear = null)
    {
        if (mention.HasYear || sentenceYear is not null)
        {
            return Resolve(mention, meeting, Tense.Future, sentenceYear);
        }

        var thisYear = At(mention, meeting.Year);
        return thisYear.Last >= meeting ? thisYear : At(mention, meeting.Year + 1);
    }

    /// <summary>
    /// A date told as history of a change ("initially planned for 12 March", "had been cancelled", "had been extended
    /// to"): with no year, the such day nearest the meeting, before or after it.
    /// </summary>
    public static ResolvedDate Nearest(DateMention mention, DateOnly meeting, int? sentenceYear = null)
    {
        if (mention.HasYear || sentenceYear is not null)
        {
            return Resolve(mention, meeting, Tense.Unknown, sentenceYear);
        }

        return new[] { meeting.Year - 1, meeting.Year, meeting.Year + 1 }
            .Select(year => At(mention, year))
            .MinBy(date => Math.Abs(date.Start.DayNumber - meeting.DayNumber))!;
    }

    private static ResolvedDate At(DateMention mention, int year)
    {
        var (start, end) = mention.Resolve(year);
        return new ResolvedDate(start, end, null);
    }
}

/// <summary>A date mention placed in the calendar, with why the reading may be wrong when it may.</summary>
public sealed record ResolvedDate(DateOnly Start, DateOnly? End, string? Doubt)
{
    public DateOnly Last => End ?? Start;
}
