using Microsoft.Bot.Schema;
using WorkingParty.Bot.Replies;
using WorkingParty.Bot.Routing;
using WorkingParty.Cards;
using WorkingParty.Cards.Views;

namespace WorkingParty.Bot.Features.Secretariat;

/// <summary>The short notices the secretariat's features answer with: problems and confirmations.</summary>
public static class SecretariatReplies
{
    public static ButtonResult Notice(ReplyBuilder replies, string title, string message, bool isProblem = true) =>
        new(replies.Build(new NoticeView(title, message, isProblem)), ReplacesCard: false);

    public static IMessageActivity NoticeMessage(ReplyBuilder replies, string title, string message, bool isProblem = true) =>
        CardReply.From(replies.Build(new NoticeView(title, message, isProblem)));
}
