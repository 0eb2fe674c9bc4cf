namespace WorkingParty.Cards.Views;

public enum CommentState { Received, Updated, Withdrawn }

/// <summary>
/// What a delegate sees once a comment is durably stored. <see cref="CanChange"/> is true until the deadline;
/// <see cref="Notice"/> explains anything unusual (a racing edit that lost, a late acceptance).
/// </summary>
public sealed record CommentReceiptView(
    string Reference,
    string DeadlineId,
    string Subject,
    DateOnly DeadlineDate,
    string Delegation,
    string Text,
    DateTimeOffset ReceivedAt)
{
    public string? Document { get; init; }
    public int Version { get; init; } = 1;
    public CommentState State { get; init; } = CommentState.Received;
    public bool IsLate { get; init; }
    public bool CanChange { get; init; }
    public string? Notice { get; init; }
}
