namespace WorkingParty.Cards.AdaptiveCards;

public sealed record ColumnSet(IReadOnlyList<Column> Columns) : CardElement;

/// <summary>A column; <see cref="Width"/> is "auto", "stretch" or a weight such as "2".</summary>
public sealed record Column(IReadOnlyList<CardElement> Items)
{
    public string Type => "Column";
    public string? Width { get; init; }
    public string? VerticalContentAlignment { get; init; }
}
