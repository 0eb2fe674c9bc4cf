namespace WorkingParty.Minutes.Text;

/// <summary>An agenda item as cut out of the text: number, title and its sections (the part before any sub-item, then each sub-item).</summary>
public sealed record RawItem(int Number, string Title, IReadOnlyList<RawSection> Sections)
{
    /// <summary>The day and session headings the item stands under, the one in force at its start first.</summary>
    public IReadOnlyList<string> Sessions { get; init; } = [];
}

/// <summary>Body lines (empty string = paragraph end) under one sub-item, or under none when <see cref="Label"/> is null.</summary>
public sealed record RawSection(string? Label, string? Title, IReadOnlyList<string> Lines);

/// <summary>The text split at its agenda items: the heading before item 1 and the items in order.</summary>
public sealed record SplitMinutes(IReadOnlyList<string> HeadingLines, IReadOnlyList<RawItem> Items);
