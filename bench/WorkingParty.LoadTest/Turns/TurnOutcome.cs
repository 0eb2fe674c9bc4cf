namespace WorkingParty.LoadTest.Turns;

public enum TurnResult
{
    /// <summary>The reply reached the connector.</summary>
    Answered,

    /// <summary>The bot answered the POST with an error status.</summary>
    Rejected,

    /// <summary>The POST succeeded but no reply came within the timeout.</summary>
    Lost,

    /// <summary>Nothing listens yet (connection refused): the process is still starting.</summary>
    Unreachable,
}

/// <summary>One simulated turn: what became of it and, when answered, request sent to reply received.</summary>
public readonly record struct TurnOutcome(TurnResult Result, TimeSpan Latency);
