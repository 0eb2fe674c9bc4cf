namespace WorkingParty.Announcements.Drafting;

/// <summary>What the author filled in on the announcement form.</summary>
public sealed record AnnouncementDraft(
    string Title,
    string Text,
    Importance Importance = Importance.Normal,
    Audience Audience = Audience.Everyone,
    DateOnly? NextMeetingMovedTo = null,
    DeadlineExtension? DeadlineExtended = null)
{
    public const int MaxTitleLength = 200;
    public const int MaxTextLength = 8000;

    /// <summary>What is wrong with the draft, in sentences for the author; empty when it can be sent.</summary>
    public IReadOnlyList<string> Problems(DateOnly today)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(Title))
            problems.Add("Please give the announcement a title.");
        else if (Title.Length > MaxTitleLength)
            problems.Add($"The title is {Title.Length} characters long; please keep it to {MaxTitleLength}.");
        if (string.IsNullOrWhiteSpace(Text))
            problems.Add("Please write the text of the announcement.");
        else if (Text.Length > MaxTextLength)
            problems.Add($"The text is {Text.Length} characters long; please keep it to {MaxTextLength}.");
        if (!Enum.IsDefined(Importance))
            problems.Add("Please choose the importance: normal, high or urgent.");
        if (!Enum.IsDefined(Audience))
            problems.Add("Please choose the audience: everyone, channels only or personal chats only.");
        if (NextMeetingMovedTo is { } meeting && meeting < today)
            problems.Add($"The next meeting cannot move to {meeting:d MMMM yyyy}, which has passed.");
        if (DeadlineExtended is { } extension)
        {
            if (string.IsNullOrWhiteSpace(extension.DeadlineId))
                problems.Add("Please choose which deadline is extended.");
            if (extension.NewDate < today)
                problems.Add($"The deadline cannot be extended to {extension.NewDate:d MMMM yyyy}, which has passed.");
        }
        return problems;
    }
}
