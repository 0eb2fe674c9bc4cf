using DocumentFormat.OpenXml.Packaging;
using WorkingParty.Minutes.Reading.Docx;

namespace WorkingParty.Minutes.Reading;

/// <summary>
/// Reads a Word document's body in order (tables included, header tables as "Label: value" lines), with its
/// automatic list numbers written as Word draws them, and its footnotes apart. Headers and footers are page
/// furniture and are not read; page breaks are ignored.
/// </summary>
public sealed class DocxTextExtractor : ITextExtractor
{
    public IReadOnlyList<string> Extensions { get; } = [".docx"];

    public ExtractedText Extract(Stream content)
    {
        try
        {
            using var document = WordprocessingDocument.Open(content, false);
            var main = document.MainDocumentPart;
            var body = main?.Document?.Body ?? throw new UnreadableFileException("the document has no body");
            var writer = new DocxBodyWriter(new ListNumbering(main!));
            writer.Write(body);
            return new ExtractedText(writer.Text, DocxFootnotes.Read(main!.FootnotesPart, writer.FootnoteReferences));
        }
        catch (Exception e) when (e is not (UnreadableFileException or OperationCanceledException))
        {
            throw new UnreadableFileException("it is not a readable Word document: " + e.Message, e);
        }
    }
}
