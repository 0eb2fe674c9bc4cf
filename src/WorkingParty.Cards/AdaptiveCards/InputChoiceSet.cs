namespace WorkingParty.Cards.AdaptiveCards;

public sealed record InputChoiceSet(IReadOnlyList<Choice> Choices) : CardElement
{
    public required string Label { get; init; }
    public string? Placeholder { get; init; }
    public string? Value { get; init; }
    public ChoiceInputStyle? Style { get; init; }
    public bool? IsRequired { get; init; }
    public string? ErrorMessage { get; init; }
}

public sealed record Choice(string Title, string Value);

public enum ChoiceInputStyle { Compact, Expanded }
