namespace WorkingParty.Cards.Views;

/// <summary>
/// What the secretariat member who asked for a deadline's compilation is told, in their personal chat, before the files
/// (Word and CSV) that follow it there.
/// </summary>
public sealed record CommentExportView(string DeadlineId, string Subject, DateOnly DeadlineDate, int CommentCount)
{
    /// <summary>Comments sent after the deadline and not yet accepted: not in the compilation.</summary>
    public int AwaitingLate { get; init; }

    /// <summary>Comments filed under a delegation the secretariat has not confirmed for their author: marked in the files.</summary>
    public int Unconfirmed { get; init; }

    /// <summary>The deadline's minutes are withdrawn: the comments compiled were sent before.</summary>
    public bool MinutesWithdrawn { get; init; }
}
