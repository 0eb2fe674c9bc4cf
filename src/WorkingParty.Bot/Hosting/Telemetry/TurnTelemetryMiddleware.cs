using System.Diagnostics;
using WorkingParty.Telemetry;

namespace WorkingParty.Bot.Hosting.Telemetry;

/// <summary>
/// Wraps every turn in a span (a child of the HTTP request's, in the web host) and counts it, under <c>WorkingParty.Bot</c>
/// (<see cref="TelemetryRegistration"/> collects every <c>WorkingParty.*</c> source and meter and exports them): what
/// arrived, on which channel and kind of conversation, how many activities the bot sent back (<c>workingparty.sent</c>:
/// typing indicators and invoke responses included) and how many of them were new messages in the conversation
/// (<c>workingparty.messages</c>), and whether the turn failed. The span ends when the turn's last reply has been sent.
/// </summary>
public sealed class TurnTelemetryMiddleware : Microsoft.Bot.Builder.IMiddleware
{
    private static readonly TelemetrySource Telemetry = new("WorkingParty.Bot");

    private static readonly ActivitySource Source = Telemetry.Activities;

    private static readonly TimedCounter Turns = Telemetry.TimedCounter(
        "workingparty.turns", "{turn}", "Turns of the bot, by activity type, channel and outcome (ok, failed)",
        "workingparty.turn.duration", "How long a turn took from the activity's arrival to its last reply, by activity type, channel and outcome");

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        var incoming = turnContext.Activity;
        var (type, channel) = (incoming.Type ?? "unknown", incoming.ChannelId ?? "unknown");
        using var activity = Source.StartActivity($"turn {type}")
            ?.SetTag("workingparty.activity_type", type)
            .SetTag("workingparty.channel", channel)
            .SetTag("workingparty.conversation_type", incoming.Conversation?.ConversationType);
        var (sent, messages) = (0, 0);
        turnContext.OnSendActivities((_, activities, sendOn) =>
        {
            Interlocked.Add(ref sent, activities.Count);
            Interlocked.Add(ref messages, activities.Count(a => a.Type == ActivityTypes.Message));
            return sendOn();
        });
        var started = Stopwatch.GetTimestamp();
        var failed = false;
        try
        {
            await next(cancellationToken);
        }
        catch (Exception e)
        {
            failed = true;
            activity?.SetStatus(ActivityStatusCode.Error, e.GetType().Name).AddException(e);
            throw;
        }
        finally
        {
            activity?.SetTag("workingparty.sent", sent).SetTag("workingparty.messages", messages);
            Record(type, channel, failed, Stopwatch.GetElapsedTime(started));
        }
    }

    private static void Record(string activityType, string channel, bool failed, TimeSpan took)
    {
        var tags = new TagList
        {
            { "workingparty.activity_type", activityType },
            { "workingparty.channel", channel },
            { "workingparty.outcome", failed ? "failed" : "ok" },
        };
        Turns.Record(took, tags);
    }
}
