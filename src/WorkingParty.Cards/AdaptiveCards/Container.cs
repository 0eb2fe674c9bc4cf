namespace WorkingParty.Cards.AdaptiveCards;

public sealed record Container(IReadOnlyList<CardElement> Items) : CardElement
{
    public ContainerStyle? Style { get; init; }
    public CardAction? SelectAction { get; init; }
}
