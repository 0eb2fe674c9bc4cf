using UglyToad.PdfPig.Content;

namespace WorkingParty.Minutes.Reading.Pdf;

/// <summary>A printed word: where it stands (points from the page's lower left corner), its size and weight.</summary>
internal sealed record PdfWord(string Text, double Left, double Right, double Baseline, double Size, bool Bold)
{
    /// <summary>The word as PdfPig read it, or null for rotated text (margin notes, stamps) and blanks.</summary>
    public static PdfWord? From(Word word)
    {
        if (word.TextOrientation != TextOrientation.Horizontal || string.IsNullOrWhiteSpace(word.Text))
        {
            return null;
        }

        var first = word.Letters[0];
        var size = first.PointSize > 0 ? first.PointSize : first.FontSize;
        var bold = word.Letters.All(IsBold);
        return new PdfWord(word.Text, word.BoundingBox.Left, word.BoundingBox.Right, first.StartBaseLine.Y, size, bold);
    }

    private static bool IsBold(Letter letter) =>
        letter.FontDetails?.IsBold == true || letter.FontName?.Contains("Bold", StringComparison.OrdinalIgnoreCase) == true;
}
