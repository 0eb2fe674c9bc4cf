namespace MinutesWriter.Markup;

/// <summary>A parsed source file: its lines, cut into pages at <c>!page</c>.</summary>
internal sealed record MinutesSource(string Path, IReadOnlyList<SourcePage> Pages)
{
    /// <summary>Where the made file goes: the source's path without ".src".</summary>
    public string OutputPath => Path[..^".src".Length];
}

/// <summary>The lines of one page of the source (the break itself excluded) and the footnotes printed at its foot.</summary>
internal sealed record SourcePage(IReadOnlyList<SourceLine> Lines)
{
    public IEnumerable<NoteLine> Notes => Lines.OfType<NoteLine>();
}
