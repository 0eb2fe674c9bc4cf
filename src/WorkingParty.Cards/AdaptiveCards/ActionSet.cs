namespace WorkingParty.Cards.AdaptiveCards;

/// <summary>Buttons placed inside the body, next to what they act on.</summary>
public sealed record ActionSet(IReadOnlyList<CardAction> Actions) : CardElement;
