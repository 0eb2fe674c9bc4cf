using System.Globalization;
using System.Text.RegularExpressions;
using WorkingParty.Council;

namespace WorkingParty.Answers.Tests.Evaluation;

/// <summary>
/// Whether one fact of a label (tests/blind/FORMAT.md, <c>mustContain</c>) is among what an answer shows: a
/// <c>yyyy-mm-dd</c> date among its dates or written in its text; a document number by its core, or as written (a
/// directive's "1999/44" in "Directive 1999/44/EC", an agency's "4471/2019" in "AGRI/4471/2019"); a two-letter
/// delegation code as that word, its country's name or its adjective ("the Danish delegation" shows DK); anything
/// else contained in the text, ignoring case. A month ("May", "May 2031") or a year ("2031") also holds when a date or
/// range the answer gives in its own role lies in that month or year.
/// </summary>
internal static class FactMatcher
{
    /// <summary>Every name of a delegation by its code, from the delegation table: code, country and adjectives.</summary>
    private static readonly Dictionary<string, Regex> DelegationNames = DelegationTable.Default.All.ToDictionary(
        d => d.Code,
        d => new Regex($@"\b(?:{d.Code}|{string.Join('|', d.Names.Where(n => n != d.Code).Select(Regex.Escape))})\b"),
        StringComparer.Ordinal);

    /// <summary>"May", "Sept", "May 2031": a month fact, with its year when it has one.</summary>
    private static readonly Regex MonthFact = new(
        @"^(?<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?(?:\s+(?<year>(?:19|20)[0-9]{2}))?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>"2031": a year fact.</summary>
    private static readonly Regex YearFact = new(@"^(?:19|20)[0-9]{2}$", RegexOptions.CultureInvariant);

    /// <param name="fact">The fact of the label.</param>
    /// <param name="dates">Every date the answer shows.</param>
    /// <param name="texts">What the answer asserts and quotes.</param>
    /// <param name="answerDates">The dates of the answer's own role (next meetings, deadlines), each day of a range's two
    /// ends among them: a month fact holds when one lies in that month ("16-31 May" shows "May").</param>
    public static bool Holds(string fact, IEnumerable<DateOnly> dates, IReadOnlyList<string> texts, IEnumerable<DateOnly>? answerDates = null)
    {
        if (answerDates is not null && MonthFact.Match(fact.Trim()) is { Success: true } month
            && answerDates.Any(d => InMonth(d, month)))
        {
            return true;
        }

        if (answerDates is not null && YearFact.IsMatch(fact.Trim())
            && answerDates.Any(d => d.Year == int.Parse(fact.Trim(), CultureInfo.InvariantCulture)))
        {
            return true;
        }


        if (AsDate(fact) is { } day)
            return dates.Contains(day) || texts.Any(t => DateSpotter.Writes(t, day));
        if (DocumentNumbers.Of(fact) is { } core)
            return texts.Any(t => DocumentNumbers.Cores(t).Contains(core) || DocumentNumbers.Writes(t, fact));
        if (DelegationNames.TryGetValue(fact, out var names))
            return texts.Any(names.IsMatch);
        return texts.Any(t => t.Contains(fact, StringComparison.OrdinalIgnoreCase));
    }

    private static bool InMonth(DateOnly day, Match month) =>
        day.Month == MonthNumber(month.Groups["month"].Value)
        && (!month.Groups["year"].Success || day.Year == int.Parse(month.Groups["year"].Value, CultureInfo.InvariantCulture));

    private static int MonthNumber(string name) =>
        Array.FindIndex(CultureInfo.InvariantCulture.DateTimeFormat.AbbreviatedMonthNames,
            m => m.Length > 0 && name.StartsWith(m, StringComparison.OrdinalIgnoreCase)) + 1;

    public static DateOnly? AsDate(string fact) =>
        DateOnly.TryParseExact(fact, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
