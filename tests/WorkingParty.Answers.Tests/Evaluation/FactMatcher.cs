using System.Globalization;
using System.Text.RegularExpressions;
using WorkingParty.Council;

namespace WorkingParty.Answers.Tests.Evaluation;

/// <summary>
/// Whether one fact of a label (tests/blind/FORMAT.md, <c>mustContain</c>) is among what an answer shows: a
/// <c>yyyy-mm-dd</c> date among its dates or written in its text; a document number by its core; a two-letter
/// delegation code as that word, its country's name or its adjective ("the Danish delegation" shows DK); anything
/// else contained in the text, ignoring case.
/// </summary>
internal static class FactMatcher
{
    /// <summary>Every name of a delegation by its code, from the delegation table: code, country and adjectives.</summary>
    private static readonly Dictionary<string, Regex> DelegationNames = DelegationTable.Default.All.ToDictionary(
        d => d.Code,
        d => new Regex($@"\b(?:{d.Code}|{string.Join('|', d.Names.Where(n => n != d.Code).Select(Regex.Escape))})\b"),
        StringComparer.Ordinal);

    public static bool Holds(string fact, IEnumerable<DateOnly> dates, IReadOnlyList<string> texts)
    {
        if (AsDate(fact) is { } day)
            return dates.Contains(day) || texts.Any(t => DateSpotter.Writes(t, day));
        if (DocumentNumbers.Of(fact) is { } core)
            return texts.Any(t => DocumentNumbers.Cores(t).Contains(core));
        if (DelegationNames.TryGetValue(fact, out var names))
            return texts.Any(names.IsMatch);
        return texts.Any(t => t.Contains(fact, StringComparison.OrdinalIgnoreCase));
    }

    public static DateOnly? AsDate(string fact) =>
        DateOnly.TryParseExact(fact, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
