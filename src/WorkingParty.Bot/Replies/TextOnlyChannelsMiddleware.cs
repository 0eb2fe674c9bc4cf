using Microsoft.Bot.Connector;

namespace WorkingParty.Bot.Replies;

/// <summary>
/// On a channel that cannot show Adaptive Cards, sends each card's plain-text twin instead, so that
/// every feature can answer with cards alone.
/// </summary>
public sealed class TextOnlyChannelsMiddleware : Microsoft.Bot.Builder.IMiddleware
{
    private static readonly HashSet<string> CardChannels = new(StringComparer.OrdinalIgnoreCase)
    {
        Channels.Msteams, Channels.Webchat, Channels.Directline, Channels.Emulator, Channels.Test,
    };

    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        if (!CardChannels.Contains(turnContext.Activity.ChannelId ?? string.Empty))
        {
            turnContext.OnSendActivities(async (_, activities, nextSend) =>
            {
                foreach (var activity in activities.Where(HasCard))
                {
                    activity.Text = activity.Summary;
                    activity.Attachments = activity.Attachments.Where(a => a.ContentType != CardReply.ContentType).ToList();
                }

                return await nextSend();
            });
        }

        return next(cancellationToken);
    }

    private static bool HasCard(Activity activity) =>
        activity.Attachments?.Any(a => a.ContentType == CardReply.ContentType) == true && !string.IsNullOrEmpty(activity.Summary);
}
