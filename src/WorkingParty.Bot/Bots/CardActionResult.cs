using WorkingParty.Cards.AdaptiveCards;

namespace WorkingParty.Bot.Bots;

/// <summary>
/// What a card button leads to: a card, with its plain-text twin, that either replaces the card the
/// button was on (a form becoming its receipt) or is sent as a new message.
/// </summary>
public sealed record CardActionResult(AdaptiveCard Card, string Text, bool ReplacesCard);
