using System.Globalization;

namespace WorkingParty.Answers.Composition;

/// <summary>
/// The words a sentence tags one of its dates with, right after it: "14 May 2031 (Harbour Working Party)", "on 27 May
/// for the Working Party on Lighthouses". A joint meeting's minutes tag a date so with the one body that meets then.
/// </summary>
internal static partial class DateTags
{
    [GeneratedRegex(@"\b(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?<month>\p{L}+)(?:\s+\d{4})?(?<tag>,?\s*\((?<words>[^()]*)\)|\s+(?:for|of)\s+the\s+(?<words>[^,;:()]+?)(?=\s+and\s|[,;:.]|$))")]
    private static partial Regex TaggedDate();

    /// <summary>The words of the tag the sentence gives the date, or null when it gives none.</summary>
    public static IReadOnlyList<Word>? Of(string sentence, DateOnly date) =>
        TaggedDate().Matches(sentence).FirstOrDefault(m => Is(m, date)) is { } match ? Words.Split(match.Groups["words"].Value) : null;

    /// <summary>The sentence without the tags whose words <paramref name="remove"/> says to drop, dates kept.</summary>
    public static string Without(string sentence, Func<IReadOnlyList<Word>, bool> remove) =>
        TaggedDate().Replace(sentence, m => remove(Words.Split(m.Groups["words"].Value)) ? m.Value[..(m.Groups["tag"].Index - m.Index)] : m.Value);

    private static bool Is(Match match, DateOnly date) =>
        match.Groups["day"].Value == date.Day.ToString(CultureInfo.InvariantCulture)
        && Vocabulary.Default.Months.TryGetValue(match.Groups["month"].Value.ToLowerInvariant(), out var month) && month == date.Month;
}
