namespace WorkingParty.Comments.Model;

public enum CommentStatus
{
    Submitted,
    Withdrawn,

    /// <summary>Sent after the deadline: kept, but not submitted unless the secretariat accepts it late.</summary>
    AwaitingLateAcceptance,
}
