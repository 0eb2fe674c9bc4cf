namespace MinutesWriter.Markup;

/// <summary>One line of a <c>.pdf.src</c> / <c>.docx.src</c> file, as the markup table of FORMAT.md defines it.</summary>
internal abstract record SourceLine(int Number);

internal sealed record BlankLine(int Number) : SourceLine(Number);

internal sealed record PageBreak(int Number) : SourceLine(Number);

/// <summary>The footer from here on; each piece may hold <c>{page}</c>.</summary>
internal sealed record FooterLine(int Number, IReadOnlyList<string> Pieces) : SourceLine(Number)
{
    public const string PageNumber = "{page}";
}

/// <summary>Footnote <paramref name="Marker"/>'s text, at the foot of the page it stands on.</summary>
internal sealed record NoteLine(int Number, string Marker, IReadOnlyList<Span> Spans) : SourceLine(Number);

/// <summary><c>!autonumber</c>: from here on, "N. " and "a) " lines are Word list paragraphs (DOCX only).</summary>
internal sealed record AutoNumberLine(int Number) : SourceLine(Number);

/// <summary>A line of text, indented by <paramref name="Indent"/> spaces; <paramref name="List"/> is set under <c>!autonumber</c>.</summary>
internal sealed record TextLine(int Number, int Indent, bool Big, IReadOnlyList<Span> Spans, ListMark? List = null) : SourceLine(Number);

/// <summary>"label TAB value": the label in the left column, the value in the right one, on one baseline.</summary>
internal sealed record HeaderRow(int Number, IReadOnlyList<Span> Label, IReadOnlyList<Span> Value) : SourceLine(Number);

/// <summary>A piece of a line: bold or not, or a footnote marker (superscript).</summary>
internal sealed record Span(string Text, bool Bold, bool Marker = false);

/// <summary>
/// A list paragraph under <c>!autonumber</c>: level 0 for "3. ", level 1 for "b) ". <paramref name="Ordinal"/> counts from
/// 1 ("b" is 2); <paramref name="Label"/> is the number as the source wrote it, which the PDF prints and Word draws.
/// </summary>
internal sealed record ListMark(int Level, int Ordinal, string Label);
