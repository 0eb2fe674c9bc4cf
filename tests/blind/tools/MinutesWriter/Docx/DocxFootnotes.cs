using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using MinutesWriter.Markup;

namespace MinutesWriter.Docx;

/// <summary>
/// The source's <c>!note</c>s as real Word footnotes. A marker <c>^N</c> refers to note N of its own page, or else of
/// any page; the first reference makes the footnote, Word numbers footnotes in order and puts each at the foot of the
/// page of its reference. A note nobody refers to is not a footnote: the body prints it small where it stands.
/// </summary>
internal sealed class DocxFootnotes
{
    private readonly MinutesSource _source;
    private readonly Action<string> _warn;
    private readonly HashSet<NoteLine> _marked;
    private readonly HashSet<NoteLine> _referenced = [];
    private readonly List<Footnote> _made = [];

    public DocxFootnotes(MinutesSource source, Action<string> warn)
    {
        _source = source;
        _warn = warn;
        _marked = source.Pages
            .SelectMany(page => page.Lines.SelectMany(Spans).Where(s => s.Marker).Select(s => Find(page, s.Text)))
            .OfType<NoteLine>()
            .ToHashSet();
    }

    public bool Any => _made.Count > 0;

    /// <summary>Whether some marker refers to this note (then it is a footnote, not a paragraph).</summary>
    public bool IsReferenced(NoteLine note) => _marked.Contains(note);

    /// <summary>The id of the footnote that marker <paramref name="marker"/> on <paramref name="page"/> refers to, or null when there is no such note or it was referred to already.</summary>
    public int? Reference(SourcePage page, string marker, int line)
    {
        var note = Find(page, marker);
        if (note is null || !_referenced.Add(note))
        {
            _warn($"line {line}: marker ^{marker} has {(note is null ? "no !note" : "its footnote referred to already")}; printed as superscript text");
            return null;
        }

        var id = _made.Count + 1;
        if (marker != id.ToString(System.Globalization.CultureInfo.InvariantCulture))
            _warn($"line {line}: Word numbers footnotes in order, so marker ^{marker} shows as {id}");
        _made.Add(new Footnote(new Paragraph(
            [new Run(DocxRuns.Properties(DocxLayout.NoteSize, superscript: true), new FootnoteReferenceMark()),
             DocxRuns.Run(" ", DocxLayout.NoteSize), .. DocxRuns.Plain(note.Spans, DocxLayout.NoteSize)]))
        { Id = id });
        return id;
    }

    /// <summary>The footnotes part's content: Word's two separators, then the notes.</summary>
    public Footnotes Build() => new(
        [new Footnote(new Paragraph(new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
         new Footnote(new Paragraph(new Run(new ContinuationSeparatorMark()))) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 },
         .. _made]);

    private NoteLine? Find(SourcePage page, string marker) =>
        page.Notes.FirstOrDefault(n => n.Marker == marker) ?? _source.Pages.SelectMany(p => p.Notes).FirstOrDefault(n => n.Marker == marker);

    private static IEnumerable<Span> Spans(SourceLine line) => line switch
    {
        TextLine t => t.Spans,
        HeaderRow r => r.Label.Concat(r.Value),
        _ => [],
    };
}
