using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using WorkingParty.Minutes.Reading.Pdf;

namespace WorkingParty.Minutes.Reading;

/// <summary>
/// Reads a PDF's words with PdfPig and writes its text in the "lines" shape: lines rebuilt from baselines, header
/// rows as "From: value", two-column parts in reading order, paragraphs from gaps, indents and headings; page
/// furniture (footers, running headers, page numbers) dropped; footnote markers dropped from the text and the
/// footnotes at the pages' feet returned apart.
/// </summary>
public sealed class PdfTextExtractor : ITextExtractor
{
    public IReadOnlyList<string> Extensions { get; } = [".pdf"];

    public ExtractedText Extract(Stream content)
    {
        List<IReadOnlyList<PdfLine>> pages;
        try
        {
            using var document = PdfDocument.Open(content);
            pages = document.GetPages().Select(Lines).ToList();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new UnreadableFileException("it is not a readable PDF: " + e.Message, e);
        }

        if (pages.All(page => page.Count == 0))
        {
            throw new UnreadableFileException("the PDF has no text in it; a scanned document needs text recognition (OCR) first");
        }

        var size = BodyText.SizeOf(pages.SelectMany(p => p));
        var footnotes = new List<Footnote>();
        var bodies = PageFurniture.Remove(pages).Select(page => FootnoteArea.Split(page, size, footnotes)).ToList();
        var body = BodyText.Of(bodies, size);
        return new ExtractedText(ParagraphWriter.Write(bodies.SelectMany(page => ColumnReader.Flows(page, body.Top, body.Right)), body), footnotes);
    }

    private static IReadOnlyList<PdfLine> Lines(Page page) =>
        LineAssembler.Assemble(page.GetWords().Select(PdfWord.From).OfType<PdfWord>());
}
