namespace WorkingParty.Cards.Views;

/// <summary>The secretariat's download links for the compilation of one deadline's comments; they stop working at <see cref="ExpiresAt"/>.</summary>
public sealed record CommentExportView(string DeadlineId, string Subject, DateOnly DeadlineDate, int CommentCount, Uri Docx, Uri Csv, DateTimeOffset ExpiresAt)
{
    /// <summary>Comments sent after the deadline and not yet accepted: not in the compilation.</summary>
    public int AwaitingLate { get; init; }
}
