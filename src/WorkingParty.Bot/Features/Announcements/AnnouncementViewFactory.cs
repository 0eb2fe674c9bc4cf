using WorkingParty.Announcements.Drafting;
using WorkingParty.Bot.Features.Minutes;
using CardDeadlineExtension = WorkingParty.Cards.Views.DeadlineExtension;
using DraftDeadlineExtension = WorkingParty.Announcements.Drafting.DeadlineExtension;

namespace WorkingParty.Bot.Features.Announcements;

/// <summary>Turns a stored announcement into the view its cards are built from, naming an extended deadline as the minutes do.</summary>
public sealed class AnnouncementViewFactory(MinutesCatalog catalog)
{
    public async Task<AnnouncementView> ViewAsync(Announcement announcement, CancellationToken cancellationToken)
    {
        var content = announcement.Content;
        return new AnnouncementView(announcement.Id, content.Title, content.Text, ImportanceOf(content.Importance),
            announcement.AuthorName, announcement.SentAt ?? announcement.CreatedAt)
        {
            NextMeetingMovedTo = content.NextMeetingMovedTo,
            DeadlineExtended = content.DeadlineExtended is { } extension ? await ExtensionAsync(extension, cancellationToken) : null,
        };
    }

    public static AnnouncementImportance ImportanceOf(Importance importance) => importance switch
    {
        Importance.Urgent => AnnouncementImportance.Urgent,
        Importance.High => AnnouncementImportance.Important,
        _ => AnnouncementImportance.Normal,
    };

    public static AnnouncementAudience AudienceOf(Audience audience) => audience switch
    {
        Audience.ChannelsOnly => AnnouncementAudience.ChannelsOnly,
        Audience.PersonalChatsOnly => AnnouncementAudience.PersonalChatsOnly,
        _ => AnnouncementAudience.Everyone,
    };

    /// <summary>The deadline as the minutes set it (the id is <c>{meeting id}/{deadline local id}</c>), to the new date.</summary>
    private async Task<CardDeadlineExtension> ExtensionAsync(DraftDeadlineExtension extension, CancellationToken cancellationToken)
    {
        var library = (await catalog.GetAnswererAsync(cancellationToken)).Library;
        var deadline = library.Meetings
            .SelectMany(m => m.Deadlines.Select(d => (Id: d.IdIn(m), Deadline: d)))
            .FirstOrDefault(d => d.Id == extension.DeadlineId).Deadline;
        return new CardDeadlineExtension(deadline?.Subject ?? extension.DeadlineId, deadline?.Date ?? extension.NewDate, extension.NewDate);
    }
}
