using WorkingParty.Announcements.Drafting;

namespace WorkingParty.Announcements.Broadcast;

/// <summary>
/// Posts one announcement into one conversation. The host implements it by continuing the conversation
/// from <see cref="Recipient.Reference"/> (the Bot Framework's ContinueConversationAsync) and maps the
/// Bot Connector's answer with <see cref="SendOutcome.FromHttpStatus"/>. An exception counts as a transient failure.
/// </summary>
public interface IAnnouncementSender
{
    Task<SendOutcome> SendAsync(Announcement announcement, Recipient recipient, CancellationToken cancellationToken);
}
