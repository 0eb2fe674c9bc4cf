namespace WorkingParty.Minutes.Reading;

/// <summary>Gets the text and footnotes out of one kind of file, one line per line, a blank line between paragraphs.</summary>
public interface ITextExtractor
{
    /// <summary>The file extensions it reads, with the dot: ".pdf".</summary>
    IReadOnlyList<string> Extensions { get; }

    /// <exception cref="UnreadableFileException">The bytes are not a file of this kind.</exception>
    ExtractedText Extract(Stream content);
}

/// <summary>The content is damaged or not of the kind its name says.</summary>
public sealed class UnreadableFileException(string message, Exception? inner = null) : Exception(message, inner);
