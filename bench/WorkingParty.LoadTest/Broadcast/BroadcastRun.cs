namespace WorkingParty.LoadTest.Broadcast;

/// <summary>What the connector saw of one broadcast.</summary>
public sealed record BroadcastRun(
    int Recipients,
    int Reached,
    int Accepted,
    int Throttled,
    TimeSpan Elapsed,
    TimeSpan FirstSend,
    int ReachedAtKill,
    int InFlightAtKill)
{
    /// <summary>First accepted message to last: the sending alone, without start-up and planning.</summary>
    public TimeSpan Sending => Elapsed - FirstSend;

    public int Lost => Recipients - Reached;

    public int Duplicated => Accepted - Reached;
}
