using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using WorkingParty.Announcements.Reminders;
using WorkingParty.Announcements.Roles;
using WorkingParty.Bot.Bots;
using WorkingParty.Bot.Features.Secretariat;
using WorkingParty.Bot.Replies;
using WorkingParty.Cards;

namespace WorkingParty.Bot.Features.Announcements;

/// <summary>"announce": the secretariat gets the announce form; anyone else a polite refusal (and the attempt is logged).</summary>
public sealed class AnnounceCommand(SecretariatRoles roles, IOpenDeadlines openDeadlines, ReplyBuilder replies) : IMessageHandler
{
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase) { "announce", "new announcement", "announcement" };

    public bool Handles(IMessageActivity message, string text) => Words.Contains(text.TrimEnd('.', '!'));

    public async Task HandleAsync(ITurnContext<IMessageActivity> turnContext, string text, CancellationToken cancellationToken)
    {
        var decision = await roles.AuthorizeAsync(TurnUser.Of(turnContext), SecretariatAction.Announce, cancellationToken);
        var reply = decision.Allowed
            ? CardReply.From(replies.Build(AnnounceForm.Empty(await openDeadlines.ListAsync(cancellationToken))))
            : SecretariatReplies.NoticeMessage(replies, SecretariatReplies.RefusedTitle, decision.Refusal!);
        await turnContext.SendActivityAsync(reply, cancellationToken);
    }
}
