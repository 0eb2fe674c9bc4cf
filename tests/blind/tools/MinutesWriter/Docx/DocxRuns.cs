using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using MinutesWriter.Markup;

namespace MinutesWriter.Docx;

/// <summary>Word runs for spans: bold as run properties, sizes in half-points, markers superscript.</summary>
internal static class DocxRuns
{
    /// <summary>Runs for spans whose markers are not footnote references (a footnote's own text, a note printed in place).</summary>
    public static IEnumerable<Run> Plain(IEnumerable<Span> spans, string? size) =>
        spans.Select(span => Run(span.Text, size, span.Bold, span.Marker));

    /// <summary>Runs for a body line's spans; <paramref name="footnote"/> turns a marker into a footnote reference when it can.</summary>
    public static IEnumerable<Run> Body(IEnumerable<Span> spans, string? size, Func<Span, int?> footnote) => spans.Select(span =>
        span.Marker && footnote(span) is { } id
            ? new Run(Properties(size, superscript: true), new FootnoteReference { Id = id })
            : Run(span.Text, size, span.Bold, span.Marker));

    public static Run Run(string text, string? size, bool bold = false, bool superscript = false) =>
        new(Properties(size, bold, superscript), new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    public static RunProperties Properties(string? size, bool bold = false, bool superscript = false)
    {
        var properties = new RunProperties();
        if (bold)
            properties.Append(new Bold());
        if (size is not null)
            properties.Append(new FontSize { Val = size });
        if (superscript)
            properties.Append(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript });
        return properties;
    }
}
