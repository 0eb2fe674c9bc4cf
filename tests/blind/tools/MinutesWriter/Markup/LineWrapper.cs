using System.Text.RegularExpressions;

namespace MinutesWriter.Markup;

/// <summary>
/// Breaks spans into lines no wider than a width, at spaces only (a footnote marker stays with its word). Used where a
/// line does not fit: a header value in its column, a footnote, or a body line written too long.
/// </summary>
internal static partial class LineWrapper
{
    public static IReadOnlyList<IReadOnlyList<Span>> Wrap(IReadOnlyList<Span> spans, double width, Func<IReadOnlyList<Span>, double> measure)
    {
        var lines = new List<IReadOnlyList<Span>>();
        var current = new List<Span>();
        foreach (var fragment in spans.SelectMany(Fragments))
        {
            var canBreak = current.Count > 0 && !fragment.Marker && current[^1].Text.EndsWith(' ');
            if (canBreak && measure(TrimEnd([.. current, fragment])) > width)
            {
                lines.Add(TrimEnd(current));
                current = [];
            }

            current.Add(fragment);
        }

        lines.Add(TrimEnd(current));
        return lines;
    }

    private static IEnumerable<Span> Fragments(Span span) =>
        span.Marker ? [span] : AfterSpaces().Split(span.Text).Where(t => t.Length > 0).Select(t => span with { Text = t });

    private static List<Span> TrimEnd(List<Span> spans)
    {
        if (spans.Count > 0 && !spans[^1].Marker)
            spans[^1] = spans[^1] with { Text = spans[^1].Text.TrimEnd() };
        return spans;
    }

    [GeneratedRegex("(?<= )(?=[^ ])")]
    private static partial Regex AfterSpaces();
}
