using System.Collections.Concurrent;
using WorkingParty.Announcements.Broadcast;
using WorkingParty.Announcements.Drafting;
using WorkingParty.Bot.Features.Secretariat;

namespace WorkingParty.Bot.Features.Announcements;

/// <summary>
/// Posts an announcement card into one conversation through the Bot Connector, as a new message (not a reply),
/// and tells the outbox what the connector answered.
/// </summary>
public sealed class BotAnnouncementSender(
    ProactiveMessenger messenger,
    AnnouncementViewFactory views,
    ReplyBuilder replies,
    TimeProvider time) : IAnnouncementSender
{
    // An announcement does not change once it is being sent; its view is made once per broadcast, not per recipient.
    private readonly ConcurrentDictionary<string, AnnouncementView> _views = new();

    public async Task<SendOutcome> SendAsync(Announcement announcement, Recipient recipient, CancellationToken cancellationToken)
    {
        if (!_views.TryGetValue(announcement.Id, out var view))
        {
            view = _views[announcement.Id] = await views.ViewAsync(announcement, cancellationToken);
        }

        try
        {
            await messenger.ContinueAsync(recipient.Reference, (turnContext, token) =>
            {
                // A continued turn makes every message a reply to its made-up activity id; an announcement is a new post.
                turnContext.OnSendActivities((_, activities, next) =>
                {
                    activities.ForEach(activity => activity.ReplyToId = null);
                    return next();
                });
                return turnContext.SendActivityAsync(CardReply.From(replies.Build(view)), token);
            }, cancellationToken);
            return new SendOutcome.Delivered();
        }
        catch (Exception e) when (ConnectorFailure.OutcomeOf(e, time.GetUtcNow()) is { } outcome)
        {
            return outcome;
        }
    }
}
