namespace WorkingParty.Cards.Actions;

/// <summary>Every verb a card button can send. The bot host dispatches on these and nothing else.</summary>
public static class CardVerbs
{
    /// <summary>Open one agenda item: <see cref="CardActionData.MeetingId"/> and <see cref="CardActionData.Item"/>.</summary>
    public const string OpenItem = "item";

    /// <summary>Ask a question as if typed: <see cref="CardActionData.Question"/> (help examples, suggestions).</summary>
    public const string Ask = "ask";

    /// <summary>The next page of a shortened list: <see cref="CardActionData.Question"/> and <see cref="CardActionData.Offset"/>.</summary>
    public const string ShowMore = "more";

    /// <summary>Open the comment form for <see cref="CardActionData.DeadlineId"/>.</summary>
    public const string WriteComment = "comment.write";

    /// <summary>Submit the comment form: <see cref="CardActionData.DeadlineId"/>, <see cref="CardActionData.Nonce"/> and the inputs.</summary>
    public const string SubmitComment = "comment.submit";

    /// <summary>Open the form again on <see cref="CardActionData.CommentId"/>.</summary>
    public const string EditComment = "comment.edit";

    public const string WithdrawComment = "comment.withdraw";

    public const string MyComments = "comment.mine";

    /// <summary>The secretariat's list of late comments: on <see cref="CardActionData.DeadlineId"/>, or on every deadline without it.</summary>
    public const string LateComments = "comment.late";

    /// <summary>The secretariat accepts the late comment <see cref="CardActionData.CommentId"/> on <see cref="CardActionData.DeadlineId"/>.</summary>
    public const string AcceptLateComment = "comment.acceptlate";

    /// <summary>Submit the announce form: <see cref="CardActionData.Nonce"/> and the inputs; answered with a preview.</summary>
    public const string PreviewAnnouncement = "announce.preview";

    public const string EditAnnouncement = "announce.edit";

    public const string SendAnnouncement = "announce.send";

    public const string AcknowledgeAnnouncement = "announce.ack";

    /// <summary>Refresh the author's delivery and acknowledgement status.</summary>
    public const string AnnouncementStatus = "announce.status";

    /// <summary>Publish the uploaded minutes <see cref="CardActionData.UploadId"/>.</summary>
    public const string PublishMinutes = "minutes.publish";

    public const string DiscardMinutes = "minutes.discard";

    /// <summary>Open the announce form filled with the deadlines of the published minutes <see cref="CardActionData.UploadId"/>.</summary>
    public const string AnnounceMinutes = "minutes.announce";

    public const string Help = "help";
}
