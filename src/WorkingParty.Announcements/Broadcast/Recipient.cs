using WorkingParty.Announcements.Conversations;

namespace WorkingParty.Announcements.Broadcast;

/// <summary>One conversation an announcement goes to, copied from the registry when the broadcast was planned.</summary>
public sealed record Recipient(
    string ConversationId,
    ConversationScope Scope,
    string Reference,
    string? UserId,
    string? UserName,
    string? Delegation)
{
    public static Recipient From(ConversationRecord conversation) => new(
        conversation.ConversationId, conversation.Scope, conversation.Reference,
        conversation.UserId, conversation.UserName, conversation.Delegation);
}
