using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace MinutesWriter.Pdf;

/// <summary>
/// Helvetica and Helvetica-Bold (Standard 14), and for words they cannot print a fallback. PdfPig writes Standard 14
/// fonts with StandardEncoding, which has no accented letters (it prints é as Ø and refuses ü), so a word holding such
/// a letter is set in DejaVu Sans, embedded, added only when a document needs it.
/// </summary>
internal sealed class PdfFonts(PdfDocumentBuilder builder)
{
    private const string FallbackFolder = "/usr/share/fonts/truetype/dejavu";

    /// <summary>What PdfPig's StandardEncoding prints right, besides printable ASCII.</summary>
    private const string StandardExtras = "’‘“”–—•…«»£§";

    private readonly PdfDocumentBuilder.AddedFont _regular = builder.AddStandard14Font(Standard14Font.Helvetica);
    private readonly PdfDocumentBuilder.AddedFont _bold = builder.AddStandard14Font(Standard14Font.HelveticaBold);
    private PdfDocumentBuilder.AddedFont? _fallbackRegular;
    private PdfDocumentBuilder.AddedFont? _fallbackBold;

    public static bool IsStandard(char c) => (c >= ' ' && c <= '~') || StandardExtras.Contains(c);

    public PdfDocumentBuilder.AddedFont Font(bool isBold, bool fallback) => (isBold, fallback) switch
    {
        (false, false) => _regular,
        (true, false) => _bold,
        (false, true) => _fallbackRegular ??= Load("DejaVuSans.ttf"),
        (true, true) => _fallbackBold ??= Load("DejaVuSans-Bold.ttf"),
    };

    private PdfDocumentBuilder.AddedFont Load(string file)
    {
        var path = Path.Combine(FallbackFolder, file);
        if (!File.Exists(path))
            throw new FileNotFoundException($"accented letters need {path}: apt-get install -y fonts-dejavu-core", path);
        return builder.AddTrueTypeFont(File.ReadAllBytes(path));
    }
}
