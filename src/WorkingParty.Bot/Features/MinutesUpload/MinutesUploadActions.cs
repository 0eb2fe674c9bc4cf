using System.Globalization;
using Microsoft.Bot.Builder;
using WorkingParty.Announcements.Drafting;
using WorkingParty.Announcements.Reminders;
using WorkingParty.Bot.Features.Announcements;
using WorkingParty.Bot.Features.Minutes;
using WorkingParty.Bot.Routing;
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
    MinutesUploads uploads,
    MeetingRepository meetings,
    MinutesCatalog catalog,
    IOpenDeadlines openDeadlines,
    ReplyBuilder replies) : IButtonHandler<PublishMinutes>, IButtonHandler<DiscardMinutes>, IButtonHandler<AnnounceMinutes>
{
    private const string GoneTitle = "Those minutes are not waiting any more";
    private const string GoneMessage = "They were discarded or never kept; send the file again to read it.";

    /// <summary>Pressing twice publishes once.</summary>
    public Task<ButtonResult> HandleAsync(ITurnContext turnContext, PublishMinutes action, CancellationToken cancellationToken) =>
        WithUploadAsync(action.UploadId, async upload =>
        {
            if (!upload.Published)
            {
                await meetings.SaveAsync(upload.Meeting, cancellationToken);
                await catalog.ReloadAsync(cancellationToken);
                await uploads.MarkPublishedAsync(action.UploadId, cancellationToken);
            }

            return Summary(action.UploadId, upload, MinutesUploadState.Published);
        }, cancellationToken);

    public Task<ButtonResult> HandleAsync(ITurnContext turnContext, DiscardMinutes action, CancellationToken cancellationToken) =>
        WithUploadAsync(action.UploadId, async upload =>
        {
            if (upload.Published)
            {
                return replies.NewMessage(new NoticeView("Those minutes are published", "They were published already, so they stay answerable."));
            }

            await uploads.DeleteAsync(action.UploadId, cancellationToken);
            return Summary(action.UploadId, upload, MinutesUploadState.Discarded);
        }, cancellationToken);

    public Task<ButtonResult> HandleAsync(ITurnContext turnContext, AnnounceMinutes action, CancellationToken cancellationToken) =>
        WithUploadAsync(action.UploadId, async upload =>
        {
            var form = AnnounceForm.With(DeadlinesDraft(upload), await openDeadlines.ListAsync(cancellationToken));
            return replies.NewMessage(form);
        }, cancellationToken);

    private async Task<ButtonResult> WithUploadAsync(string uploadId, Func<MinutesUpload, Task<ButtonResult>> act, CancellationToken cancellationToken) =>
        await uploads.GetAsync(uploadId, cancellationToken) is { } upload
            ? await act(upload)
            : replies.NewMessage(new NoticeView(GoneTitle, GoneMessage));

    private ButtonResult Summary(string id, MinutesUpload upload, MinutesUploadState state)
    {
        var summary = MinutesSummaries.Of(id, upload.FileName, upload.Meeting, state);
        return replies.ReplaceCard(summary);
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
