using WorkingParty.Council;

namespace WorkingParty.Cards.Views;

/// <summary>
/// The comment form for one deadline. <see cref="Nonce"/> is chosen once per form (the bot host makes it), so a
/// double click or a repeated delivery submits the same comment. Editing sets <see cref="CommentId"/>,
/// <see cref="Version"/> and the current values; <see cref="Error"/> is shown above the inputs after a refused submission.
/// </summary>
public sealed record CommentFormView(DeadlineEntry Deadline, IReadOnlyList<Delegation> Delegations, int MaxLength, string Nonce)
{
    public string? Delegation { get; init; }
    public string? Text { get; init; }
    public string? Document { get; init; }
    public string? CommentId { get; init; }
    public int? Version { get; init; }
    public string? Error { get; init; }
}
