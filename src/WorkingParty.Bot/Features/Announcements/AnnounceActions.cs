using Newtonsoft.Json;
using WorkingParty.Announcements.Broadcast;
using WorkingParty.Announcements.Conversations;
using WorkingParty.Announcements.Drafting;
using WorkingParty.Announcements.Reminders;

namespace WorkingParty.Bot.Features.Announcements;

/// <summary>
/// The author's buttons: Preview (the form becomes the preview, or comes back with what is wrong), Edit, Send (the preview
/// becomes the status card, whose location is kept for updates) and Refresh on the status card.
/// </summary>
public sealed class AnnounceActions(
    AnnouncementDesk desk,
    AnnouncementRepository announcements,
    IOpenDeadlines openDeadlines,
    ConversationRegistry conversations,
    AnnouncementViewFactory views,
    BroadcastStatusViews statusViews,
    StatusCardLocations statusCards,
    AnnouncedScheduleChanges scheduleChanges,
    ReplyBuilder replies)
    : IButtonHandler<PreviewAnnouncement>, IButtonHandler<EditAnnouncement>, IButtonHandler<SendAnnouncement>, IButtonHandler<RefreshAnnouncementStatus>
{
    private const string GoneTitle = "That announcement is not there any more";
    private const string GoneMessage = "Write it again with \u201Cannounce\u201D.";

    public async Task<ButtonResult> HandleAsync(ITurnContext turnContext, PreviewAnnouncement action, CancellationToken cancellationToken)
    {
        var (draft, problems) = AnnounceForm.Read(action);
        var prepared = problems.Count > 0 ? DeskResult.Refused([.. problems]) : await desk.PrepareAsync(draft, TurnUser.Of(turnContext), cancellationToken);
        if (prepared.Announcement is not { } announcement)
        {
            return Form(AnnounceForm.With(draft, await openDeadlines.ListAsync(cancellationToken), prepared.Problems));
        }

        var preview = new AnnouncementPreviewView(await views.ViewAsync(announcement, cancellationToken),
            AnnouncementViewFactory.AudienceOf(announcement.Content.Audience), await RecipientsAsync(announcement.Content.Audience, cancellationToken));
        return replies.ReplaceCard(preview);
    }

    public async Task<ButtonResult> HandleAsync(ITurnContext turnContext, EditAnnouncement action, CancellationToken cancellationToken) =>
        await announcements.GetAsync(action.AnnouncementId, cancellationToken) switch
        {
            { Status: AnnouncementStatus.Draft } draft => Form(AnnounceForm.With(draft.Content, await openDeadlines.ListAsync(cancellationToken))),
            null => replies.NewMessage(new NoticeView(GoneTitle, GoneMessage)),
            _ => replies.NewMessage(new NoticeView("That announcement was sent already", "It cannot be edited; send a correction with \u201Cannounce\u201D.")),
        };

    public async Task<ButtonResult> HandleAsync(ITurnContext turnContext, SendAnnouncement action, CancellationToken cancellationToken)
    {
        var sent = await desk.SendAsync(action.AnnouncementId, TurnUser.Of(turnContext), cancellationToken);
        if (sent.Announcement is not { } announcement)
        {
            return replies.NewMessage(new NoticeView(GoneTitle, string.Join(" ", sent.Problems)));
        }

        if (announcement.Content.NextMeetingMovedTo is not null || announcement.Content.DeadlineExtended is not null)
        {
            await scheduleChanges.RefreshAsync(cancellationToken);
        }

        return await StatusAsync(turnContext, action.AnnouncementId, cancellationToken);
    }

    public Task<ButtonResult> HandleAsync(ITurnContext turnContext, RefreshAnnouncementStatus action, CancellationToken cancellationToken) =>
        StatusAsync(turnContext, action.AnnouncementId, cancellationToken);

    private async Task<ButtonResult> StatusAsync(ITurnContext turnContext, string announcementId, CancellationToken cancellationToken)
    {
        if (await announcements.GetAsync(announcementId, cancellationToken) is not { } announcement)
        {
            return replies.NewMessage(new NoticeView(GoneTitle, GoneMessage));
        }

        // The clicked card becomes the status card: remember where it is, so the broadcast can keep it up to date.
        if (turnContext.Activity.ReplyToId is { Length: > 0 } cardId)
        {
            var reference = JsonConvert.SerializeObject(turnContext.Activity.GetConversationReference());
            await statusCards.KeepAsync(announcementId, new StatusCardLocation(reference, cardId), cancellationToken);
        }

        var status = await statusViews.ViewAsync(announcement, null, cancellationToken);
        return replies.ReplaceCard(status);
    }

    private ButtonResult Form(AnnounceFormView form) => new(replies.Build(form), ReplacesCard: true);

    private async Task<int> RecipientsAsync(Audience audience, CancellationToken cancellationToken)
    {
        var count = 0;
        await foreach (var conversation in conversations.ListAsync(cancellationToken))
        {
            if (BroadcastPlanner.Reaches(audience, conversation.Scope))
            {
                count++;
            }
        }

        return count;
    }
}
