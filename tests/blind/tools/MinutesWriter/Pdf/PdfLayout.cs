namespace MinutesWriter.Pdf;

/// <summary>The page as a Council document sets it: A4, sizes and margins in points.</summary>
internal static class PdfLayout
{
    public const double Left = 70;
    public const double Right = 50;
    public const double Top = 60;
    public const double Bottom = 70;

    public const double BodySize = 10;
    public const double BodyLeading = 13;
    public const double BigSize = 14;
    public const double BigLeading = 20;

    /// <summary>Where a header row's value column starts, from the left margin.</summary>
    public const double ValueColumn = 85;

    public const double MarkerScale = 0.6;
    public const double MarkerRise = 0.35;

    public const double NoteSize = 8;
    public const double NoteLeading = 10;
    public const double NoteTextIndent = 10;
    public const double NoteRuleWidth = 120;
    public const double NoteRuleGap = 6;

    public const double FooterSize = 8;
    public const double FooterBaseline = 30;
}
