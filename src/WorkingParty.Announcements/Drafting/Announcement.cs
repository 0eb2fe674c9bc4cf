namespace WorkingParty.Announcements.Drafting;

/// <summary>
/// An announcement as stored under <c>announcements/{Id}</c>. <see cref="AuthorId"/> is the author's
/// Entra object id (or UPN), or <see cref="SystemAuthor"/> for reminders the bot sends by itself.
/// <see cref="PlannedAt"/> is set once every recipient's outbox item is stored and queued.
/// </summary>
public sealed record Announcement(
    string Id,
    AnnouncementDraft Content,
    string AuthorId,
    string AuthorName,
    DateTimeOffset CreatedAt,
    AnnouncementStatus Status,
    DateTimeOffset? SentAt = null,
    DateTimeOffset? PlannedAt = null)
{
    public const string SystemAuthor = "working-party-bot";
}
