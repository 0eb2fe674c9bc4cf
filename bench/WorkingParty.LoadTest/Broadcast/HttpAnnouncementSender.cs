using System.Net.Http.Json;
using WorkingParty.Announcements.Broadcast;
using WorkingParty.Announcements.Drafting;

namespace WorkingParty.LoadTest.Broadcast;

/// <summary>
/// Sends an announcement the way the bot's sender does on the wire: one POST to the recipient's conversation at the
/// Bot Connector (the recipient's reference holds the service URL), the status mapped with <see cref="SendOutcome.FromHttpStatus"/>.
/// </summary>
public sealed class HttpAnnouncementSender(HttpClient http) : IAnnouncementSender
{
    public async Task<SendOutcome> SendAsync(Announcement announcement, Recipient recipient, CancellationToken cancellationToken)
    {
        var url = new Uri(new Uri(recipient.Reference), $"v3/conversations/{Uri.EscapeDataString(recipient.ConversationId)}/activities");
        var activity = new { type = "message", text = announcement.Content.Title + "\n\n" + announcement.Content.Text };
        using var response = await http.PostAsJsonAsync(url, activity, cancellationToken);
        return SendOutcome.FromHttpStatus((int)response.StatusCode, response.Headers.RetryAfter?.Delta);
    }
}
