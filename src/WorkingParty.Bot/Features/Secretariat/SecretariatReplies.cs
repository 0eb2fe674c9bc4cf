using Microsoft.Bot.Schema;
using WorkingParty.Bot.Bots;
using WorkingParty.Bot.Replies;
using WorkingParty.Cards;

namespace WorkingParty.Bot.Features.Secretariat;

/// <summary>The short notices the secretariat's features answer with: refusals, problems and confirmations.</summary>
public static class SecretariatReplies
{
    public const string RefusedTitle = "Only the secretariat can do that";

    public static CardActionResult Notice(CardBuilder cards, string title, string message, bool isProblem = true) =>
        new(cards.Notice(title, message, isProblem), TextRenderer.Notice(title, message), ReplacesCard: false);

    public static IMessageActivity NoticeMessage(CardBuilder cards, string title, string message, bool isProblem = true) =>
        CardReply.From(cards.Notice(title, message, isProblem), TextRenderer.Notice(title, message));

    public static IMessageActivity Message(CardActionResult result) => CardReply.From(result.Card, result.Text);
}
