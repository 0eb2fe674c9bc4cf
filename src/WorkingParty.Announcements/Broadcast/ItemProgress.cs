namespace WorkingParty.Announcements.Broadcast;

/// <summary>What a sender did with one outbox item: finished with it, or it is due again at <see cref="RetryAt"/>.</summary>
public readonly record struct ItemProgress(DateTimeOffset? RetryAt)
{
    public static ItemProgress Finished => new(null);

    public static ItemProgress DueAt(DateTimeOffset when) => new(when);

    public bool IsFinished => RetryAt is null;
}
