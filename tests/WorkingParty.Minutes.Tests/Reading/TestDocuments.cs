using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;
using WorkingParty.Minutes.Model;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace WorkingParty.Minutes.Tests.Reading;

/// <summary>Builds PDF and Word files from minutes, as the secretariat's tools would.</summary>
public static class TestDocuments
{
    private const double FontSize = 10;
    private const double Leading = 14;
    private const double Top = 800;
    private const double Bottom = 60;
    private const double Left = 60;

    /// <summary>
    /// A PDF with the lines of PDF-extracted text (every line followed by an empty line, a line holding only a space
    /// where a paragraph ends), one text line per line, a blank line's height between paragraphs.
    /// </summary>
    public static byte[] PdfFromExtractedText(string text)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        PdfPageBuilder? page = null;
        var y = Bottom;
        var gap = false;
        foreach (var line in text.Replace("\r", "").Split('\n'))
        {
            if (line.Length == 0)
            {
                continue;
            }

            if (line.Trim().Length == 0)
            {
                gap = true;
                continue;
            }

            y -= Leading + (gap ? Leading : 0);
            if (page is null || y < Bottom)
            {
                page = builder.AddPage(PageSize.A4);
                y = Top - (gap ? Leading : 0);
            }

            page.AddText(line.Trim(), FontSize, new PdfPoint(Left, y), font);
            gap = false;
        }

        return builder.Build();
    }

    /// <summary>A Word document with a paragraph per agenda heading ("7. Title") and per paragraph of the meeting.</summary>
    public static byte[] DocxFromMeeting(Meeting meeting, IEnumerable<string> headingLines)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var body = new W.Body();
            foreach (var line in headingLines)
            {
                body.Append(Paragraph(line));
            }

            foreach (var item in meeting.Items)
            {
                body.Append(Paragraph($"{item.Number}. {item.Title}"));
                foreach (var paragraph in item.Paragraphs)
                {
                    body.Append(Paragraph(paragraph.Text));
                }
            }

            document.AddMainDocumentPart().Document = new W.Document(body);
        }

        return stream.ToArray();
    }

    private static W.Paragraph Paragraph(string text) =>
        new(new W.Run(new W.Text(text) { Space = SpaceProcessingModeValues.Preserve }));
}
