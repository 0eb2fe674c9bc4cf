namespace WorkingParty.Comments;

/// <summary>The submitted comments of one deadline, by delegation in protocol order, ready to export.</summary>
public sealed record CommentCompilation(
    DeadlineInfo Deadline,
    IReadOnlyList<Comment> Comments,
    DateTimeOffset CompiledAt,
    DeadlineClock Clock);
