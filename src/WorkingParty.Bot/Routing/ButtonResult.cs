using WorkingParty.Cards;

namespace WorkingParty.Bot.Routing;

/// <summary>
/// What a card button leads to: a reply that either replaces the card the button was on (a form becoming its
/// receipt) or is sent as a new message, leaving that card as it was.
/// </summary>
public sealed record ButtonResult(Reply Reply, bool ReplacesCard);
