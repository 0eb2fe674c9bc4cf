using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace WorkingParty.Bot.Hosting.Telemetry;

/// <summary>
/// The spans and metrics of the bot's turns, through the runtime's <see cref="ActivitySource"/> and <see cref="Meter"/>;
/// <see cref="TelemetryRegistration"/> collects every <c>WorkingParty.*</c> source and meter and exports them.
/// </summary>
public static class TurnTelemetry
{
    public const string Name = "WorkingParty.Bot";

    public static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    private static readonly Counter<long> Turns =
        Meter.CreateCounter<long>("workingparty.turns", "{turn}", "Turns of the bot, by activity type, channel and outcome (ok, failed)");

    private static readonly Histogram<double> Duration =
        Meter.CreateHistogram<double>("workingparty.turn.duration", "s", "How long a turn took from the activity's arrival to its last reply, by activity type, channel and outcome");

    public static void Record(string activityType, string channel, bool failed, TimeSpan took)
    {
        var tags = new TagList
        {
            { "workingparty.activity_type", activityType },
            { "workingparty.channel", channel },
            { "workingparty.outcome", failed ? "failed" : "ok" },
        };
        Turns.Add(1, tags);
        Duration.Record(took.TotalSeconds, tags);
    }
}
