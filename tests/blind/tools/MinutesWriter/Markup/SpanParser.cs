using System.Text.RegularExpressions;

namespace MinutesWriter.Markup;

/// <summary>Cuts a line's text into spans at <c>**</c> (bold on or off) and <c>^N</c> (footnote marker N).</summary>
internal static partial class SpanParser
{
    public static IReadOnlyList<Span> Parse(string text)
    {
        var spans = new List<Span>();
        var bold = false;
        foreach (var piece in Pieces().Split(text))
        {
            if (piece == "**")
                bold = !bold;
            else if (Marker().Match(piece) is { Success: true } marker)
                spans.Add(new Span(marker.Groups[1].Value, bold, Marker: true));
            else if (piece.Length > 0)
                spans.Add(new Span(piece, bold));
        }

        return spans;
    }

    public static string PlainText(IEnumerable<Span> spans) => string.Concat(spans.Select(s => s.Text));

    [GeneratedRegex(@"(\*\*|\^[0-9]+)")]
    private static partial Regex Pieces();

    [GeneratedRegex(@"^\^([0-9]+)$")]
    private static partial Regex Marker();
}
