namespace WorkingParty.Cards.AdaptiveCards;

/// <summary>A date input; values travel as yyyy-MM-dd.</summary>
public sealed record InputDate : CardElement
{
    public required string Label { get; init; }
    public string? Value { get; init; }
    public string? Min { get; init; }
    public bool? IsRequired { get; init; }
    public string? ErrorMessage { get; init; }
}
