namespace WorkingParty.Minutes.Reading.Pdf;

/// <summary>What opens a printed line: an item number, letter or bullet ("1.", "a)", "•"), a header label, or nothing.</summary>
internal enum LeadKind { None, Marker, Label }

internal static partial class LineLead
{
    private const int MaxLabelWords = 4;

    /// <summary>The kind of lead and how many of the line's first words it takes.</summary>
    public static (LeadKind Kind, int Words) Of(IReadOnlyList<PdfWord> words)
    {
        if (words.Count > 0 && Marker().IsMatch(words[0].Text))
        {
            return (LeadKind.Marker, 1);
        }

        for (var count = 1; count <= Math.Min(MaxLabelWords, words.Count); count++)
        {
            if (words[count - 1].Text.EndsWith(':') && HeaderLabel.IsLabel(PdfLine.Join(words.Take(count))))
            {
                return (LeadKind.Label, count);
            }
        }

        return (LeadKind.None, 0);
    }

    [GeneratedRegex(@"^(?:\d{1,3}[.)]|[a-z][.)]|\((?:\d{1,3}|[a-z]|[ivx]{1,4})\)|[ivx]{1,4}[.)]|[IVX]{1,4}\.|[•▪◦·●■–—-])$")]
    private static partial Regex Marker();
}
