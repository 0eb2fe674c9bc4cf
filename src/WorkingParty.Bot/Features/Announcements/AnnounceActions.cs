using Microsoft.Bot.Builder;
using Newtonsoft.Json;
using WorkingParty.Announcements.Broadcast;
using WorkingParty.Announcements.Conversations;
using WorkingParty.Announcements.Drafting;
using WorkingParty.Announcements.Reminders;
using WorkingParty.Announcements.Roles;
using WorkingParty.Bot.Bots;
using WorkingParty.Bot.Features.Secretariat;
using WorkingParty.Cards;
using WorkingParty.Cards.Actions;
using WorkingParty.Cards.Views;

namespace WorkingParty.Bot.Features.Announcements;

/// <summary>
/// The author's buttons: Preview (the form becomes the preview, or comes back with what is wrong), Edit, Send (the preview
/// becomes the status card, whose location is kept for updates) and Refresh on the status card.
/// </summary>
public sealed class AnnounceActions(
    SecretariatRoles roles,
    AnnouncementDesk desk,
    AnnouncementRepository announcements,
    IOpenDeadlines openDeadlines,
    ConversationRegistry conversations,
    AnnouncementViewFactory views,
    BroadcastStatusViews statusViews,
    StatusCardLocations statusCards,
    AnnouncedScheduleChanges scheduleChanges,
    ReplyBuilder replies) : ICardActionHandler
{
    private const string GoneTitle = "That announcement is not there any more";
    private const string GoneMessage = "Write it again with \u201Cannounce\u201D.";

    public bool Handles(string verb) =>
        verb is CardVerbs.PreviewAnnouncement or CardVerbs.EditAnnouncement or CardVerbs.SendAnnouncement or CardVerbs.AnnouncementStatus;

    public async Task<CardActionResult> HandleAsync(ITurnContext turnContext, CardActionData action, CancellationToken cancellationToken)
    {
        var user = TurnUser.Of(turnContext);
        var decision = await roles.AuthorizeAsync(user, SecretariatAction.Announce, cancellationToken);
        if (!decision.Allowed)
        {
            return SecretariatReplies.Notice(replies, SecretariatReplies.RefusedTitle, decision.Refusal!);
        }

        return action.Verb switch
        {
            CardVerbs.PreviewAnnouncement => await PreviewAsync(action, user, cancellationToken),
            CardVerbs.EditAnnouncement => await EditAsync(action.AnnouncementId!, cancellationToken),
            CardVerbs.SendAnnouncement => await SendAsync(turnContext, action.AnnouncementId!, user, cancellationToken),
            _ => await StatusAsync(turnContext, action.AnnouncementId!, cancellationToken),
        };
    }

    private async Task<CardActionResult> PreviewAsync(CardActionData form, TeamsUser user, CancellationToken cancellationToken)
    {
        var (draft, problems) = AnnounceForm.Read(form);
        var prepared = problems.Count > 0 ? DeskResult.Refused([.. problems]) : await desk.PrepareAsync(draft, user, cancellationToken);
        if (prepared.Announcement is not { } announcement)
        {
            return Form(AnnounceForm.With(draft, await openDeadlines.ListAsync(cancellationToken), prepared.Problems));
        }

        var preview = new AnnouncementPreviewView(await views.ViewAsync(announcement, cancellationToken),
            AnnouncementViewFactory.AudienceOf(announcement.Content.Audience), await RecipientsAsync(announcement.Content.Audience, cancellationToken));
        return new CardActionResult(replies.Build(preview), ReplacesCard: true);
    }

    private async Task<CardActionResult> EditAsync(string announcementId, CancellationToken cancellationToken) =>
        await announcements.GetAsync(announcementId, cancellationToken) switch
        {
            { Status: AnnouncementStatus.Draft } draft => Form(AnnounceForm.With(draft.Content, await openDeadlines.ListAsync(cancellationToken))),
            null => SecretariatReplies.Notice(replies, GoneTitle, GoneMessage),
            _ => SecretariatReplies.Notice(replies, "That announcement was sent already", "It cannot be edited; send a correction with \u201Cannounce\u201D."),
        };

    private async Task<CardActionResult> SendAsync(ITurnContext turnContext, string announcementId, TeamsUser user, CancellationToken cancellationToken)
    {
        var sent = await desk.SendAsync(announcementId, user, cancellationToken);
        if (sent.Announcement is not { } announcement)
        {
            return SecretariatReplies.Notice(replies, GoneTitle, string.Join(" ", sent.Problems));
        }

        if (announcement.Content.NextMeetingMovedTo is not null || announcement.Content.DeadlineExtended is not null)
        {
            await scheduleChanges.RefreshAsync(cancellationToken);
        }

        return await StatusAsync(turnContext, announcementId, cancellationToken);
    }

    private async Task<CardActionResult> StatusAsync(ITurnContext turnContext, string announcementId, CancellationToken cancellationToken)
    {
        if (await announcements.GetAsync(announcementId, cancellationToken) is not { } announcement)
        {
            return SecretariatReplies.Notice(replies, GoneTitle, GoneMessage);
        }

        // The clicked card becomes the status card: remember where it is, so the broadcast can keep it up to date.
        if (turnContext.Activity.ReplyToId is { Length: > 0 } cardId)
        {
            var reference = JsonConvert.SerializeObject(turnContext.Activity.GetConversationReference());
            await statusCards.KeepAsync(announcementId, new StatusCardLocation(reference, cardId), cancellationToken);
        }

        var status = await statusViews.ViewAsync(announcement, null, cancellationToken);
        return new CardActionResult(replies.Build(status), ReplacesCard: true);
    }

    private CardActionResult Form(AnnounceFormView form) => new(replies.Build(form), ReplacesCard: true);

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
