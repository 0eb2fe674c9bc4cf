using Microsoft.Bot.Schema;
using WorkingParty.Bot.Bots;
using WorkingParty.Bot.Replies;
using WorkingParty.Cards;
using WorkingParty.Cards.Views;

namespace WorkingParty.Bot.Features.Secretariat;

/// <summary>The short notices the secretariat's features answer with: refusals, problems and confirmations.</summary>
public static class SecretariatReplies
{
    public const string RefusedTitle = "Only the secretariat can do that";

    public static CardActionResult Notice(ReplyBuilder replies, string title, string message, bool isProblem = true) =>
        new(replies.Build(new NoticeView(title, message, isProblem)), ReplacesCard: false);

    public static IMessageActivity NoticeMessage(ReplyBuilder replies, string title, string message, bool isProblem = true) =>
        CardReply.From(replies.Build(new NoticeView(title, message, isProblem)));

    public static IMessageActivity Message(CardActionResult result) => CardReply.From(result.Reply);
}
