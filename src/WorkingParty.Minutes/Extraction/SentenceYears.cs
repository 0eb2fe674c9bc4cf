namespace WorkingParty.Minutes.Extraction;

/// <summary>
/// The year a sentence gives a date that has none: the year of a neighbouring date in the same list ("in 2018:
/// 17 January, 5 February and 26 February", "planned in 2018 on 17 January and 5 February", "17 January and 5 February 2018"), looked for first before the date,
/// then after it, across nothing but list separators.
/// </summary>
public static class SentenceYears
{
    private static readonly Regex ListSeparator = new(@"^[\s,;:]*(?:(?:and|or|as\s+well\s+as|to|then|on)\s*)?[\s,;:]*$", RegexOptions.CultureInvariant);

    /// <summary>
    /// A year alone then the verb of the dates listed after it: "(the meetings in 2039) would take place on", "(the
    /// remaining meetings in 2039) are scheduled for", "(are scheduled in 2039) as follows:".
    /// </summary>
    private static readonly Regex YearThenVerb = new(@"^\s*,?\s*(?:(?:would|will|shall)\s+(?:(?:provisionally|tentatively|also)\s+)?(?:take\s+place|be\s+held)\s+(?:on\s*)?|(?:are|were|will\s+be|would\s+be|have\s+been|had\s+been)\s+(?:(?:provisionally|tentatively|currently|also)\s+)?(?:planned|scheduled|foreseen|envisaged|set|pencilled\s+in)\s+(?:for|on)\s*|as\s+follows\s*)[:,]?\s*$", RegexOptions.CultureInvariant);

    private static readonly Regex BareYear = new(@"\b(?:for|in)\s+(?<y>(?:19|20)[0-9]{2})\s*[:,]?\s*(?:on\s+)?$", RegexOptions.CultureInvariant);

    public static int? For(AnalysedSentence sentence, int index)
    {
        if (sentence.Dates[index].HasYear)
        {
            return null;
        }

        return Look(sentence, index, -1) ?? Look(sentence, index, +1) ?? YearBeforeList(sentence, index);
    }

    /// <summary>
    /// "foreseen for 2034 on 4 March, 18 March and 1 April": a bare year just before the list's first date, or a year
    /// alone before the list's verb ("in 2034 are scheduled for 4 March and 18 March").
    /// </summary>
    private static int? YearBeforeList(AnalysedSentence sentence, int index)
    {
        var first = index;
        while (first > 0 && !sentence.Dates[first - 1].HasYear && Separated(sentence, first - 1, first))
        {
            first--;
        }

        if (first > 0 && GivesListItsYear(sentence, first - 1))
        {
            return sentence.Dates[first - 1].Year;
        }

        var before = sentence.Masked[..sentence.TokenOf(first).Start];
        return BareYear.Match(before) is { Success: true } year
            ? int.Parse(year.Groups["y"].ValueSpan, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture)
            : null;
    }

    /// <summary>
    /// Whether a year alone ("in 2018") only gives the dates of the list after it their year, right after it or after the
    /// list's verb ("in 2039 would take place on 12 January, ...").
    /// </summary>
    public static bool GivesListItsYear(AnalysedSentence sentence, int index) =>
        sentence.Dates[index].Precision == Model.DatePrecision.Year
        && index + 1 < sentence.Dates.Count
        && !sentence.Dates[index + 1].HasYear
        && (Separated(sentence, index, index + 1)
            || YearThenVerb.IsMatch(sentence.Masked[sentence.TokenOf(index).End..sentence.TokenOf(index + 1).Start]));

    private static int? Look(AnalysedSentence sentence, int index, int step)
    {
        for (var j = index + step; j >= 0 && j < sentence.Dates.Count; j += step)
        {
            if (!Separated(sentence, Math.Min(j, j - step), Math.Max(j, j - step)))
            {
                return null;
            }

            if (sentence.Dates[j].Year is { } year)
            {
                return year;
            }
        }

        return null;
    }

    private static bool Separated(AnalysedSentence sentence, int first, int second) =>
        ListSeparator.IsMatch(sentence.Masked[sentence.TokenOf(first).End..sentence.TokenOf(second).Start]);
}
