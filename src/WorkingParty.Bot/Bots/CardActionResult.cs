using WorkingParty.Cards;

namespace WorkingParty.Bot.Bots;

/// <summary>
/// What a card button leads to: a reply that either replaces the card the button was on (a form becoming its
/// receipt) or is sent as a new message.
/// </summary>
public sealed record CardActionResult(Reply Reply, bool ReplacesCard);
