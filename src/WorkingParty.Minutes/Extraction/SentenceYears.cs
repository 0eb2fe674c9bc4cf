using System.Text.RegularExpressions;

namespace WorkingParty.Minutes.Extraction;

/// <summary>
/// The year a sentence gives a date that has none: the year of a neighbouring date in the same list ("in 2018:
/// 17 January, 5 February and 26 February", "17 January and 5 February 2018"), looked for first before the date,
/// then after it, across nothing but list separators.
/// </summary>
public static partial class SentenceYears
{
    [GeneratedRegex(@"^[\s,;:]*(?:(?:and|or|as\s+well\s+as|to|then)\s*)?[\s,;:]*$", RegexOptions.CultureInvariant)]
    private static partial Regex ListSeparator();

    public static int? For(AnalysedSentence sentence, int index)
    {
        if (sentence.Dates[index].HasYear)
        {
            return null;
        }

        return Look(sentence, index, -1) ?? Look(sentence, index, +1);
    }

    /// <summary>Whether a year alone ("in 2018") only gives the dates of the list after it their year.</summary>
    public static bool GivesListItsYear(AnalysedSentence sentence, int index) =>
        sentence.Dates[index].Precision == Model.DatePrecision.Year
        && index + 1 < sentence.Dates.Count
        && !sentence.Dates[index + 1].HasYear
        && Separated(sentence, index, index + 1);

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
        ListSeparator().IsMatch(sentence.Masked[sentence.TokenOf(first).End..sentence.TokenOf(second).Start]);
}
