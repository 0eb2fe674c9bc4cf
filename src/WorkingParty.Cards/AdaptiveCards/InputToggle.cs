namespace WorkingParty.Cards.AdaptiveCards;

/// <summary>A check box; its value travels as <see cref="ValueOn"/> or <see cref="ValueOff"/> ("true" and "false" by default).</summary>
public sealed record InputToggle(string Title) : CardElement
{
    public string? Label { get; init; }
    public string? Value { get; init; }
    public string? ValueOn { get; init; }
    public string? ValueOff { get; init; }
}
