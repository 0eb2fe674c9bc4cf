using MinutesWriter.Markup;
using UglyToad.PdfPig.Writer;

namespace MinutesWriter.Pdf;

/// <summary>Makes the PDF of a source with PdfPig: Helvetica, A4, fixed dates and identifier.</summary>
internal static class PdfMinutesWriter
{
    public static byte[] Write(MinutesSource source, Action<string> warn)
    {
        using var builder = new PdfDocumentBuilder();
        builder.DocumentInformation.Producer = Fixed.Producer;
        builder.DocumentInformation.CreationDate = Fixed.PdfDate;
        builder.DocumentInformation.ModifiedDate = Fixed.PdfDate;
        var composer = new PdfComposer(builder, new SpanPainter(new PdfFonts(builder)), warn);
        foreach (var page in source.Pages)
            composer.Lay(page);
        composer.Finish();
        return TrailerId.MakeDeterministic(builder.Build());
    }
}
