using System.Globalization;
using WorkingParty.Announcements.Drafting;
using WorkingParty.Announcements.Reminders;
using WorkingParty.Bot.Features.Announcements;
using WorkingParty.Minutes.Model;

namespace WorkingParty.Bot.Features.MinutesUpload;

/// <summary>"Announce the deadlines" on published minutes: the announce form, filled with their deadlines as corrected.</summary>
public sealed class MinutesUploadActions(MinutesUploads uploads, IOpenDeadlines openDeadlines, ReplyBuilder replies) : IButtonHandler<AnnounceMinutes>
{
    public async Task<ButtonResult> HandleAsync(ITurnContext turnContext, AnnounceMinutes action, CancellationToken cancellationToken)
    {
        if (await uploads.GetAsync(action.UploadId, cancellationToken) is not { } upload)
        {
            return replies.NewMessage(new NoticeView("Those minutes are not waiting any more", "They were discarded or never kept; send the file again to read it."));
        }

        var form = AnnounceForm.With(DeadlinesDraft(upload.Corrected().Meeting), await openDeadlines.ListAsync(cancellationToken));
        return replies.NewMessage(form);
    }

    private static AnnouncementDraft DeadlinesDraft(Meeting meeting)
    {
        var date = meeting.Date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
        var lines = meeting.Deadlines.OrderBy(d => d.Date)
            .Select(d => $"- {d.Date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}: {d.Subject} (item {d.Item})");
        return new AnnouncementDraft($"Deadlines from the meeting of {date}",
            $"The minutes of the {meeting.Body} meeting of {date} are published. Their deadlines:\n" + string.Join("\n", lines));
    }
}
