namespace WorkingParty.Minutes.Text;

/// <summary>An agenda item as cut out of the text: number, title and its body lines (empty string = paragraph end).</summary>
public sealed record RawItem(int Number, string Title, IReadOnlyList<string> Lines);

/// <summary>The text split at its agenda items: the heading before item 1 and the items in order.</summary>
public sealed record SplitMinutes(IReadOnlyList<string> HeadingLines, IReadOnlyList<RawItem> Items);
