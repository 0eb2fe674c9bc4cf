using Microsoft.Bot.Connector;
using WorkingParty.Bot.Features.Comments;
using WorkingParty.Bot.Features.Secretariat;

namespace WorkingParty.Bot.Features.Exports;

/// <summary>
/// Hands export files to the secretariat member of a turn, in their personal chat and nowhere else: asked in a channel or a
/// group chat, the files go to their personal chat (a proactive message) and the conversation they asked in is only told so.
/// In Teams each file comes as a file consent card (Allow saves it to their OneDrive); on a channel without them, as a
/// download link that works once. Each file is a grant to that member alone (<see cref="ExportGrants"/>).
/// </summary>
public sealed class ExportDelivery(
    ExportGrants grants, ExportSources sources, ProactiveMessenger messenger, ReplyBuilder replies, Uri publicUrl, ILogger<ExportDelivery> logger)
{
    /// <param name="title">What the files are, as the member reads it ("Compilation of written comments: …").</param>
    /// <param name="summary">A view sent before the files, if any.</param>
    /// <returns>What to say where the member asked: null when that was their personal chat, which got everything.</returns>
    public async Task<NoticeView?> SendAsync(ITurnContext turnContext, string title, object? summary, IReadOnlyList<ExportRequest> files, CancellationToken cancellationToken)
    {
        var member = TurnUser.AuthorOf(turnContext).UserId;
        if (turnContext.Activity.Conversation?.ConversationType is null or "personal")
        {
            await HandOverAsync(turnContext, member, title, summary, files, cancellationToken);
            return null;
        }

        try
        {
            await messenger.InPersonalChatAsync(turnContext, (chat, token) => HandOverAsync(chat, member, title, summary, files, token), cancellationToken);
            return new NoticeView("Sent to your personal chat", $"{title}: I sent it to our personal chat, where only you can see it.", IsProblem: false);
        }
        catch (ErrorResponseException e)
        {
            logger.LogWarning("Could not open a personal chat with {Member} for an export (HTTP {Status})", member, (int?)e.Response?.StatusCode);
            return new NoticeView("Nothing was sent",
                "I send exports only to your personal chat with me, and I could not open it. Add me for yourself in Teams (Apps, then Working Party Bot, then Add), then ask again.");
        }
    }

    private async Task HandOverAsync(ITurnContext chat, string member, string title, object? summary, IReadOnlyList<ExportRequest> files, CancellationToken cancellationToken)
    {
        if (summary is not null)
            await chat.SendActivityAsync(CardReply.From(replies.Build(summary)), cancellationToken);
        if (chat.Activity.ChannelId == Channels.Msteams)
            await OfferFilesAsync(chat, member, title, files, cancellationToken);
        else
            await SendLinksAsync(chat, member, title, files, cancellationToken);
    }

    private async Task OfferFilesAsync(ITurnContext chat, string member, string title, IReadOnlyList<ExportRequest> files, CancellationToken cancellationToken)
    {
        foreach (var request in files)
        {
            if (await sources.MakeAsync(request.Kind, request.Subject, request.Format, cancellationToken) is not { } file)
                continue;
            var (grant, _) = await grants.IssueAsync(request, member, ExportVia.FileConsent, cancellationToken);
            await chat.SendActivityAsync(MessageFactory.Attachment(FileCards.Offer(file, $"{title} ({request.Label})", grant)), cancellationToken);
        }
    }

    private async Task SendLinksAsync(ITurnContext chat, string member, string title, IReadOnlyList<ExportRequest> files, CancellationToken cancellationToken)
    {
        var links = new List<DownloadLink>();
        var expiresAt = DateTimeOffset.MaxValue;
        foreach (var request in files)
        {
            var (token, expires) = await grants.IssueAsync(request, member, ExportVia.Link, cancellationToken);
            links.Add(new DownloadLink(request.Label, DownloadEndpoint.Url(publicUrl, token, request.Format)));
            expiresAt = expires;
        }

        await chat.SendActivityAsync(CardReply.From(replies.Build(new DownloadLinksView(title, links, expiresAt))), cancellationToken);
    }
}
