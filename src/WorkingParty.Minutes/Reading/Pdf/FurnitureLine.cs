namespace WorkingParty.Minutes.Reading.Pdf;

/// <summary>
/// What page furniture is made of: document numbers ("5909/20"), the drafter's initials ("VL/MV/dn"), the service
/// ("DGD 1C", "COMM.2.C"), "LIMITE", the language ("EN") and page numbers ("1", "- 2 -", "Page 2 of 3").
/// </summary>
internal static partial class FurnitureLine
{
    /// <summary>Every word of the line is a code or a number, none of them an ordinary word.</summary>
    public static bool IsCodes(PdfLine line) => line.Words.All(w => Code().IsMatch(w.Text));

    public static bool IsPageNumber(PdfLine line) => PageNumber().IsMatch(line.Text);

    /// <summary>
    /// The line with its page number masked (any number standing as a word of its own): a footer reads the same on
    /// every page but for it, while footnotes that differ only in a document number ("Doc. 7002/18") stay apart.
    /// </summary>
    public static string Masked(PdfLine line) => string.Join(' ', line.Words.Select(w => Number().IsMatch(w.Text) ? "#" : w.Text));

    [GeneratedRegex(@"^(?:\d{1,5}(?:/\d{1,4}){0,2}|\d{1,2}[A-Z]|[A-Z]{1,5}(?:/[A-Za-z]{1,5})+|[A-Z][A-Z0-9.]{0,9}|[Pp]age|of|[-–/|])$")]
    private static partial Regex Code();

    [GeneratedRegex(@"^(?:[-–]\s*)?(?:Page\s+)?\d{1,3}(?:\s*(?:/|of)\s*\d{1,3})?(?:\s*[-–])?$")]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"^\d{1,4}$")]
    private static partial Regex Number();
}
