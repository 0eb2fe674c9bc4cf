using System.Globalization;
using System.Text.RegularExpressions;
using WorkingParty.Minutes.Delegations;

namespace WorkingParty.Answers.Tests.Evaluation;

/// <summary>
/// Whether one fact of a label (tests/blind/FORMAT.md, <c>mustContain</c>) is among what an answer shows: a
/// <c>yyyy-mm-dd</c> date among its dates or written in its text; a document number by its core; a two-letter
/// delegation code as that word or its country's name; anything else contained in the text, ignoring case.
/// </summary>
internal static class FactMatcher
{
    /// <summary>Country names by delegation code, from the delegation table (its code and country only).</summary>
    private static readonly Dictionary<string, string> Countries =
        DelegationTable.Default.All.ToDictionary(d => d.Code, d => d.Country, StringComparer.Ordinal);

    public static bool Holds(string fact, IEnumerable<DateOnly> dates, IReadOnlyList<string> texts)
    {
        if (AsDate(fact) is { } day)
            return dates.Contains(day) || texts.Any(t => DateSpotter.Writes(t, day));
        if (DocumentNumbers.Of(fact) is { } core)
            return texts.Any(t => DocumentNumbers.Cores(t).Contains(core));
        if (Countries.TryGetValue(fact, out var country))
            return texts.Any(t => Regex.IsMatch(t, $@"\b{fact}\b") || t.Contains(country, StringComparison.OrdinalIgnoreCase));
        return texts.Any(t => t.Contains(fact, StringComparison.OrdinalIgnoreCase));
    }

    public static DateOnly? AsDate(string fact) =>
        DateOnly.TryParseExact(fact, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
