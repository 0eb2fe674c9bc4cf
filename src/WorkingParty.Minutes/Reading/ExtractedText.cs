namespace WorkingParty.Minutes.Reading;

/// <summary>
/// What an extractor got out of a file: the running text in the "lines" shape (one line per printed line or field,
/// a blank line between paragraphs, no page furniture) and the footnotes, kept apart from it.
/// </summary>
public sealed record ExtractedText(string Text, IReadOnlyList<Footnote> Footnotes)
{
    public static ExtractedText WithoutFootnotes(string text) => new(text, []);
}
