namespace WorkingParty.Cards.Actions;

/// <summary>Open the comment form on a deadline.</summary>
public sealed record WriteComment(string DeadlineId) : ButtonData;

/// <summary>
/// The comment form sent: new, or the changes to <see cref="CommentId"/> as of <see cref="Version"/> (so a racing edit
/// is detected). <see cref="Nonce"/> is set once per form, so a double click or a repeated delivery is one submission.
/// The inputs (<see cref="CardInputs"/>) arrive merged in.
/// </summary>
public sealed record SubmitComment(string DeadlineId, string Nonce, string? CommentId = null, int? Version = null) : ButtonData
{
    public string? Delegation { get; init; }
    public string? Comment { get; init; }
    public string? Document { get; init; }
}

/// <summary>Open the form again on one's own comment, as of the <see cref="Version"/> the card showed.</summary>
public sealed record EditComment(string CommentId, int? Version = null) : ButtonData;

/// <summary>Withdraw one's own comment, as of the <see cref="Version"/> the card showed.</summary>
public sealed record WithdrawComment(string CommentId, int? Version = null) : ButtonData;

/// <summary>One's own comments, from <see cref="Offset"/> (the next page of the list).</summary>
public sealed record ShowMyComments(int Offset = 0) : ButtonData
{
    protected override bool IsComplete => Offset >= 0;
}

/// <summary>The secretariat's list of late comments: on <see cref="DeadlineId"/>, or on every deadline without it.</summary>
public sealed record ShowLateComments(string? DeadlineId = null) : ButtonData;

/// <summary>
/// The secretariat accepts a late comment; <see cref="AllDeadlines"/> when the list it was on covered every deadline,
/// so the list that comes back does too.
/// </summary>
public sealed record AcceptLateComment(string DeadlineId, string CommentId, bool? AllDeadlines = null) : ButtonData;
