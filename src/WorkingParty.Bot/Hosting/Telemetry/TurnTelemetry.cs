using System.Diagnostics;
using WorkingParty.Telemetry;

namespace WorkingParty.Bot.Hosting.Telemetry;

/// <summary>
/// The spans and metrics of the bot's turns, under <c>WorkingParty.Bot</c> (<see cref="TelemetrySource"/>);
/// <see cref="TelemetryRegistration"/> collects every <c>WorkingParty.*</c> source and meter and exports them.
/// </summary>
public static class TurnTelemetry
{
    private static readonly TelemetrySource Telemetry = new("WorkingParty.Bot");

    public static ActivitySource Source => Telemetry.Activities;

    private static readonly TimedCounter Turns = Telemetry.TimedCounter(
        "workingparty.turns", "{turn}", "Turns of the bot, by activity type, channel and outcome (ok, failed)",
        "workingparty.turn.duration", "How long a turn took from the activity's arrival to its last reply, by activity type, channel and outcome");

    public static void Record(string activityType, string channel, bool failed, TimeSpan took)
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
