namespace WorkingParty.Cards.Actions;

/// <summary>What each verb must carry to be acted on; anything else is a forged or stale action.</summary>
internal static class CardActionRequirements
{
    private static readonly Dictionary<string, Func<CardActionData, bool>> Requirements = new()
    {
        [CardVerbs.OpenItem] = d => !string.IsNullOrWhiteSpace(d.MeetingId) && d.Item > 0,
        [CardVerbs.Ask] = d => !string.IsNullOrWhiteSpace(d.Question),
        [CardVerbs.ShowMore] = d => !string.IsNullOrWhiteSpace(d.Question) && d.Offset > 0,
        [CardVerbs.WriteComment] = d => !string.IsNullOrWhiteSpace(d.DeadlineId),
        [CardVerbs.SubmitComment] = d => !string.IsNullOrWhiteSpace(d.DeadlineId) && !string.IsNullOrWhiteSpace(d.Nonce),
        [CardVerbs.EditComment] = d => !string.IsNullOrWhiteSpace(d.CommentId),
        [CardVerbs.WithdrawComment] = d => !string.IsNullOrWhiteSpace(d.CommentId),
        [CardVerbs.MyComments] = _ => true,
        [CardVerbs.LateComments] = _ => true,
        [CardVerbs.AcceptLateComment] = d => !string.IsNullOrWhiteSpace(d.DeadlineId) && !string.IsNullOrWhiteSpace(d.CommentId),
        [CardVerbs.PreviewAnnouncement] = d => !string.IsNullOrWhiteSpace(d.Nonce),
        [CardVerbs.EditAnnouncement] = d => !string.IsNullOrWhiteSpace(d.AnnouncementId),
        [CardVerbs.SendAnnouncement] = d => !string.IsNullOrWhiteSpace(d.AnnouncementId),
        [CardVerbs.AcknowledgeAnnouncement] = d => !string.IsNullOrWhiteSpace(d.AnnouncementId),
        [CardVerbs.AnnouncementStatus] = d => !string.IsNullOrWhiteSpace(d.AnnouncementId),
        [CardVerbs.PublishMinutes] = d => !string.IsNullOrWhiteSpace(d.UploadId),
        [CardVerbs.DiscardMinutes] = d => !string.IsNullOrWhiteSpace(d.UploadId),
        [CardVerbs.AnnounceMinutes] = d => !string.IsNullOrWhiteSpace(d.UploadId),
        [CardVerbs.Help] = _ => true,
    };

    public static IEnumerable<string> KnownVerbs => Requirements.Keys;

    public static bool AreMet(CardActionData data) =>
        Requirements.TryGetValue(data.Verb, out var isMet) && isMet(data);
}
