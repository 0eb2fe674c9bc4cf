namespace WorkingParty.Announcements.Conversations;

/// <summary>Where a conversation lives in Teams, as the activity's conversation type says.</summary>
public enum ConversationScope
{
    Personal,
    GroupChat,
    Channel,
}
