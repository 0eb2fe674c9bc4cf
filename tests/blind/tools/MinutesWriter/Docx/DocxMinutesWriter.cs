using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using MinutesWriter.Markup;

namespace MinutesWriter.Docx;

/// <summary>Makes the Word document of a source with OpenXml: body, styles, footers, footnotes and numbering parts.</summary>
internal static class DocxMinutesWriter
{
    public static byte[] Write(MinutesSource source, Action<string> warn)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            // Parts get fixed relationship ids and names: the library's own are random.
            var main = document.AddNewPart<MainDocumentPart>(MainContentType, "rIdMain");
            WriteCoreProperties(document.AddNewPart<CoreFilePropertiesPart>("rIdCore"));
            main.AddNewPart<StyleDefinitionsPart>("rIdStyles").Styles = DocxStyles.Build();
            var settings = main.AddNewPart<DocumentSettingsPart>("rIdSettings");
            var footers = new Dictionary<string, string>(StringComparer.Ordinal);
            string FooterPart(IReadOnlyList<string> pieces)
            {
                var key = string.Join('|', pieces);
                if (!footers.TryGetValue(key, out var id))
                {
                    footers[key] = id = $"rIdFooter{footers.Count + 1}";
                    main.AddNewPart<FooterPart>(id).Footer = DocxFooter.Build(pieces);
                }

                return id;
            }

            var footnotes = new DocxFootnotes(source, warn);
            var numbering = new DocxNumbering(warn);
            main.Document = new Document(new DocxBody(source, footnotes, numbering, FooterPart).Build());
            if (footnotes.Any)
                main.AddNewPart<FootnotesPart>("rIdFootnotes").Footnotes = footnotes.Build();
            if (numbering.Any)
                main.AddNewPart<NumberingDefinitionsPart>("rIdNumbering").Numbering = numbering.Build();
            settings.Settings = DocxStyles.Settings(footnotes.Any);
        }

        return DeterministicZip.Normalise(stream.ToArray());
    }

    private const string MainContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

    private static void WriteCoreProperties(CoreFilePropertiesPart part)
    {
        var date = Fixed.Date.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
        using var writer = new StreamWriter(part.GetStream(FileMode.Create));
        writer.Write(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" +
            "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" " +
            "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" " +
            "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">" +
            $"<dc:creator>{Fixed.Producer}</dc:creator>" +
            $"<dcterms:created xsi:type=\"dcterms:W3CDTF\">{date}</dcterms:created>" +
            $"<dcterms:modified xsi:type=\"dcterms:W3CDTF\">{date}</dcterms:modified></cp:coreProperties>");
    }
}
