namespace WorkingParty.Announcements.Drafting;

/// <summary>Which of the bot's conversations an announcement goes to.</summary>
public enum Audience
{
    Everyone,
    ChannelsOnly,
    PersonalChatsOnly,
}
