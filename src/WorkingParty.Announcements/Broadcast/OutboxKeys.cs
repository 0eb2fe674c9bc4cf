using WorkingParty.Announcements.Storage;

namespace WorkingParty.Announcements.Broadcast;

/// <summary>Where outbox items live: one deterministic key per announcement and conversation, so planning twice adds nothing.</summary>
public static class OutboxKeys
{
    public const string Prefix = "outbox/";

    public static string Of(string announcementId) => $"{Prefix}{announcementId}/";

    public static string Of(string announcementId, string conversationId) => Of(announcementId) + KeySegment.Hash(conversationId);
}
