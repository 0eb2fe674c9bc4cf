using System.Text;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace WorkingParty.Minutes.Reading;

/// <summary>Reads the paragraphs of a Word document (tables included) in order, a blank line between paragraphs.</summary>
public sealed class DocxTextExtractor : ITextExtractor
{
    public IReadOnlyList<string> Extensions { get; } = [".docx"];

    public ExtractedText Extract(Stream content)
    {
        try
        {
            using var document = WordprocessingDocument.Open(content, false);
            var body = document.MainDocumentPart?.Document?.Body ?? throw new UnreadableFileException("the document has no body");
            var text = new StringBuilder();
            foreach (var paragraph in body.Descendants<W.Paragraph>())
            {
                text.Append(ParagraphText(paragraph)).Append("\n\n");
            }

            return ExtractedText.WithoutFootnotes(text.ToString());
        }
        catch (Exception e) when (e is not (UnreadableFileException or OperationCanceledException))
        {
            throw new UnreadableFileException("it is not a readable Word document: " + e.Message, e);
        }
    }

    private static string ParagraphText(W.Paragraph paragraph)
    {
        var text = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case W.Text t:
                    text.Append(t.Text);
                    break;
                case W.TabChar:
                    text.Append(' ');
                    break;
                case W.Break or W.CarriageReturn:
                    text.Append('\n');
                    break;
            }
        }

        return text.ToString();
    }
}
