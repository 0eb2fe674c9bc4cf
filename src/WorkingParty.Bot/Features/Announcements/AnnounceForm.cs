using System.Globalization;
using WorkingParty.Announcements.Drafting;
using WorkingParty.Announcements.Reminders;

namespace WorkingParty.Bot.Features.Announcements;

/// <summary>The announce form both ways: the view to show (empty, or filled again with a draft) and the draft its inputs make.</summary>
public static class AnnounceForm
{
    public static AnnounceFormView Empty(IReadOnlyList<OpenDeadline> openDeadlines) =>
        new(openDeadlines.Select(d => new DeadlineChoice(d.Id, d.Date, d.Subject)).ToList(), Guid.NewGuid().ToString("n"));

    public static AnnounceFormView With(AnnouncementDraft draft, IReadOnlyList<OpenDeadline> openDeadlines, IReadOnlyList<string>? problems = null) =>
        Empty(openDeadlines) with
        {
            Title = draft.Title,
            Text = draft.Text,
            Importance = AnnouncementViewFactory.ImportanceOf(draft.Importance),
            Audience = AnnouncementViewFactory.AudienceOf(draft.Audience),
            NextMeetingDate = draft.NextMeetingMovedTo,
            ExtendedDeadlineId = draft.DeadlineExtended?.DeadlineId,
            ExtendedDeadlineDate = draft.DeadlineExtended?.NewDate,
            Error = problems is { Count: > 0 } ? string.Join(" ", problems) : null,
        };

    /// <summary>The draft the submitted form describes, or the sentences saying what the form lacks.</summary>
    public static (AnnouncementDraft Draft, IReadOnlyList<string> Problems) Read(PreviewAnnouncement form)
    {
        var problems = new List<string>();
        var nextMeeting = Date(form.NextMeetingDate, "next meeting", problems);
        var extendedTo = Date(form.ExtendedDeadlineDate, "extended deadline", problems);
        var deadlineId = string.IsNullOrWhiteSpace(form.ExtendedDeadlineId) ? null : form.ExtendedDeadlineId.Trim();
        if ((deadlineId is null) != (extendedTo is null))
        {
            problems.Add("To extend a deadline, choose both the deadline and its new date.");
        }

        var draft = new AnnouncementDraft(
            form.Title ?? "",
            form.Text ?? "",
            Parse(form.Importance, "Important", Importance.High, Importance.Normal),
            Parse(form.Audience, null, Audience.Everyone, Audience.Everyone),
            nextMeeting,
            deadlineId is not null && extendedTo is { } to ? new WorkingParty.Announcements.Drafting.DeadlineExtension(deadlineId, to) : null);
        return (draft, problems);
    }

    /// <summary>The form's choice values are the names of the cards' enums; "Important" is the domain's High.</summary>
    private static T Parse<T>(string? value, string? alias, T aliased, T fallback) where T : struct, Enum =>
        value is null ? fallback
        : string.Equals(value, alias, StringComparison.OrdinalIgnoreCase) ? aliased
        : Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed
        : fallback;

    private static DateOnly? Date(string? value, string what, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        problems.Add($"The date of the {what} ({value}) is not a date; please pick it from the calendar.");
        return null;
    }
}
