using System.Text.RegularExpressions;

namespace WorkingParty.Testing.Corpus.Layout;

/// <summary>A word as printed: its runs of text, each normal or raised (a footnote marker, "^1" in the source).</summary>
internal sealed partial record PrintedWord(IReadOnlyList<(string Text, bool Raised)> Runs)
{
    public IEnumerable<string> Markers => Runs.Where(r => r.Raised).Select(r => r.Text);

    public static List<PrintedWord> Split(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Parse).ToList();

    private static PrintedWord Parse(string token)
    {
        var runs = new List<(string, bool)>();
        var at = 0;
        foreach (Match marker in Marker().Matches(token))
        {
            if (marker.Index > at)
            {
                runs.Add((token[at..marker.Index], false));
            }

            runs.Add((marker.Groups["marker"].Value, true));
            at = marker.Index + marker.Length;
        }

        if (at < token.Length)
        {
            runs.Add((token[at..], false));
        }

        return new PrintedWord(runs);
    }

    [GeneratedRegex(@"\^(?<marker>\d{1,3})")]
    private static partial Regex Marker();
}
