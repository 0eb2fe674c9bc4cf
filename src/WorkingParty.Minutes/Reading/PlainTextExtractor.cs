using System.Text;

namespace WorkingParty.Minutes.Reading;

/// <summary>Text files in UTF-8 (with or without BOM) or UTF-16 with BOM; binary content is refused.</summary>
public sealed class PlainTextExtractor : ITextExtractor
{
    public IReadOnlyList<string> Extensions { get; } = [".txt"];

    public ExtractedText Extract(Stream content)
    {
        using var reader = new StreamReader(content, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
        string text;
        try
        {
            text = reader.ReadToEnd();
        }
        catch (DecoderFallbackException e)
        {
            throw new UnreadableFileException("it is not UTF-8 text", e);
        }

        return text.Contains('\0') ? throw new UnreadableFileException("it holds binary data, not text") : ExtractedText.WithoutFootnotes(text);
    }
}
