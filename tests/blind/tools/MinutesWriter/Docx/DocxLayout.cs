using MinutesWriter.Markup;
using MinutesWriter.Pdf;

namespace MinutesWriter.Docx;

/// <summary>The PDF's page in Word's units: twentieths of a point (twips) for distances, half-points for sizes.</summary>
internal static class DocxLayout
{
    public const string Font = "Arial";

    public const int PageWidth = 11906;
    public const int PageHeight = 16838;
    public static readonly int Left = Twips(PdfLayout.Left);
    public static readonly int Right = Twips(PdfLayout.Right);
    public static readonly int Top = Twips(PdfLayout.Top);
    public static readonly int Bottom = Twips(PdfLayout.Bottom);
    public static readonly int FooterDistance = Twips(PdfLayout.FooterBaseline);
    public static readonly int TextWidth = PageWidth - Left - Right;
    public static readonly int LabelColumn = Twips(PdfLayout.ValueColumn);

    public static readonly string BodySize = HalfPoints(PdfLayout.BodySize);
    public static readonly string BigSize = HalfPoints(PdfLayout.BigSize);
    public static readonly string NoteSize = HalfPoints(PdfLayout.NoteSize);
    public static readonly string FooterSize = HalfPoints(PdfLayout.FooterSize);

    /// <summary>A list level's hanging indent: the number in the hang, the text at the next step.</summary>
    public static readonly int ListHang = Twips(SourceIndent.StepPoints * 1.4);

    public static int Twips(double points) => (int)Math.Round(points * 20);

    public static string Indent(int spaces) => Twips(SourceIndent.Points(spaces)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string HalfPoints(double points) => ((int)Math.Round(points * 2)).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
