using DocumentFormat.OpenXml.Wordprocessing;

namespace MinutesWriter.Docx;

/// <summary>The document defaults (Arial, the body size, no space between paragraphs) and the settings part.</summary>
internal static class DocxStyles
{
    public static Styles Build() => new(new DocDefaults(
        new RunPropertiesDefault(new RunPropertiesBaseStyle(
            new RunFonts { Ascii = DocxLayout.Font, HighAnsi = DocxLayout.Font, ComplexScript = DocxLayout.Font },
            new FontSize { Val = DocxLayout.BodySize },
            new Languages { Val = "en-GB" })),
        new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
            new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }))));

    /// <summary>Word's settings; with footnotes, which footnotes are its separators.</summary>
    public static Settings Settings(bool footnotes) => footnotes
        ? new Settings(new FootnoteDocumentWideProperties(new FootnoteSpecialReference { Id = -1 }, new FootnoteSpecialReference { Id = 0 }))
        : new Settings();
}
