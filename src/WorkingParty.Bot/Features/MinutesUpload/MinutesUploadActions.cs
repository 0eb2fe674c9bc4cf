using System.Globalization;
using Microsoft.Bot.Builder;
using WorkingParty.Announcements.Drafting;
using WorkingParty.Announcements.Reminders;
using WorkingParty.Announcements.Roles;
using WorkingParty.Bot.Bots;
using WorkingParty.Bot.Features.Announcements;
using WorkingParty.Bot.Features.Minutes;
using WorkingParty.Bot.Features.Secretariat;
using WorkingParty.Cards;
using WorkingParty.Cards.Actions;
using WorkingParty.Cards.Views;
using WorkingParty.Minutes.Storage;

namespace WorkingParty.Bot.Features.MinutesUpload;

/// <summary>
/// The summary card's buttons: Publish stores the meeting and makes it answerable (pressing twice publishes once),
/// Discard forgets the upload, and "Announce the deadlines" opens the announce form filled with them.
/// </summary>
public sealed class MinutesUploadActions(
    SecretariatRoles roles,
    MinutesUploads uploads,
    MeetingRepository meetings,
    MinutesCatalog catalog,
    IOpenDeadlines openDeadlines,
    ReplyBuilder replies) : ICardActionHandler
{
    private const string GoneTitle = "Those minutes are not waiting any more";
    private const string GoneMessage = "They were discarded or never kept; send the file again to read it.";

    public bool Handles(string verb) => verb is CardVerbs.PublishMinutes or CardVerbs.DiscardMinutes or CardVerbs.AnnounceMinutes;

    public async Task<CardActionResult> HandleAsync(ITurnContext turnContext, CardActionData action, CancellationToken cancellationToken)
    {
        var task = action.Verb == CardVerbs.AnnounceMinutes ? SecretariatAction.Announce : SecretariatAction.UploadMinutes;
        var decision = await roles.AuthorizeAsync(TurnUser.Of(turnContext), task, cancellationToken);
        if (!decision.Allowed)
        {
            return SecretariatReplies.Notice(replies, SecretariatReplies.RefusedTitle, decision.Refusal!);
        }

        var id = action.UploadId!;
        if (await uploads.GetAsync(id, cancellationToken) is not { } upload)
        {
            return SecretariatReplies.Notice(replies, GoneTitle, GoneMessage);
        }

        switch (action.Verb)
        {
            case CardVerbs.PublishMinutes:
                if (!upload.Published)
                {
                    await meetings.SaveAsync(upload.Meeting, cancellationToken);
                    await catalog.ReloadAsync(cancellationToken);
                    await uploads.MarkPublishedAsync(id, cancellationToken);
                }

                return Summary(id, upload, MinutesUploadState.Published);
            case CardVerbs.DiscardMinutes when upload.Published:
                return SecretariatReplies.Notice(replies, "Those minutes are published", "They were published already, so they stay answerable.");
            case CardVerbs.DiscardMinutes:
                await uploads.DeleteAsync(id, cancellationToken);
                return Summary(id, upload, MinutesUploadState.Discarded);
            default:
                var form = AnnounceForm.With(DeadlinesDraft(upload), await openDeadlines.ListAsync(cancellationToken));
                return new CardActionResult(replies.Build(form), ReplacesCard: false);
        }
    }

    private CardActionResult Summary(string id, MinutesUpload upload, MinutesUploadState state)
    {
        var summary = MinutesSummaries.Of(id, upload.FileName, upload.Meeting, state);
        return new CardActionResult(replies.Build(summary), ReplacesCard: true);
    }

    private static AnnouncementDraft DeadlinesDraft(MinutesUpload upload)
    {
        var meeting = upload.Meeting;
        var date = meeting.Date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
        var lines = meeting.Deadlines.OrderBy(d => d.Date)
            .Select(d => $"- {d.Date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}: {d.Subject} (item {d.Item})");
        return new AnnouncementDraft($"Deadlines from the meeting of {date}",
            $"The minutes of the {meeting.Body} meeting of {date} are published. Their deadlines:\n" + string.Join("\n", lines));
    }
}
