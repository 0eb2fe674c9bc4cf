namespace WorkingParty.Cards.AdaptiveCards;

/// <summary>A text input. Its <see cref="CardElement.Id"/> is the field name the submitted data carries.</summary>
public sealed record InputText : CardElement
{
    public required string Label { get; init; }
    public string? Placeholder { get; init; }
    public string? Value { get; init; }
    public bool? IsMultiline { get; init; }
    public int? MaxLength { get; init; }
    public bool? IsRequired { get; init; }
    public string? ErrorMessage { get; init; }
}
