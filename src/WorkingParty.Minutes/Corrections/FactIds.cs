using System.Security.Cryptography;
using System.Text;

namespace WorkingParty.Minutes.Corrections;

/// <summary>
/// Short ids for the dates and deadlines of a record as read, made from what identifies them across readings: the
/// sentence they were read from (spacing aside) and, when one sentence gives several, their order in it. Ids of facts
/// the secretariat added start with <see cref="AddedPrefix"/>.
/// </summary>
public static class FactIds
{
    public const string AddedPrefix = "a";

    public static IReadOnlyList<string> OfEvents(IReadOnlyList<DatedEvent> events) => Of("event", events.Select(e => e.Sentence));

    public static IReadOnlyList<string> OfDeadlines(IReadOnlyList<Deadline> deadlines) => Of("deadline", deadlines.Select(d => d.Sentence));

    /// <summary>The id of the <paramref name="ordinal"/>th fact of its kind read from <paramref name="sentence"/>.</summary>
    public static string Of(string kind, string sentence, int ordinal) =>
        kind[0] + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{kind}\u001F{Normalized(sentence)}\u001F{ordinal}")))[..9];

    /// <summary>The order of each fact among those read from the same sentence.</summary>
    public static IReadOnlyList<int> Ordinals(IEnumerable<string> sentences)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        return sentences.Select(sentence =>
        {
            var key = Normalized(sentence);
            var ordinal = seen.GetValueOrDefault(key);
            seen[key] = ordinal + 1;
            return ordinal;
        }).ToList();
    }

    /// <summary>For each agenda item, how many items before it bear the same number (0 for the first: nearly always).</summary>
    public static IReadOnlyList<int> ItemOccurrences(IReadOnlyList<AgendaItem> items) =>
        Ordinals(items.Select(item => item.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    public static string NewAddedId() => AddedPrefix + Guid.NewGuid().ToString("N")[..9];

    private static IReadOnlyList<string> Of(string kind, IEnumerable<string> sentences)
    {
        var list = sentences.ToList();
        return list.Zip(Ordinals(list), (sentence, ordinal) => Of(kind, sentence, ordinal)).ToList();
    }

    private static string Normalized(string sentence) => string.Join(' ', sentence.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
