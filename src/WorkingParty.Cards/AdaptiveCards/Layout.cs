namespace WorkingParty.Cards.AdaptiveCards;

// The elements that place other elements or buttons in the body: a group, columns side by side, a row of buttons.

/// <summary>Elements grouped, to be styled, hidden or made clickable together.</summary>
public sealed record Container(IReadOnlyList<CardElement> Items) : CardElement
{
    public ContainerStyle? Style { get; init; }
    public CardAction? SelectAction { get; init; }
}

/// <summary>Columns side by side.</summary>
public sealed record ColumnSet(IReadOnlyList<Column> Columns) : CardElement;

/// <summary>A column; <see cref="Width"/> is "auto", "stretch" or a weight such as "2".</summary>
public sealed record Column(IReadOnlyList<CardElement> Items)
{
    public string Type => "Column";
    public string? Width { get; init; }
    public string? VerticalContentAlignment { get; init; }
}

/// <summary>Buttons placed inside the body, next to what they act on.</summary>
public sealed record ActionSet(IReadOnlyList<CardAction> Actions) : CardElement;
