namespace WorkingParty.Cards.Views;

public enum AnnouncementImportance { Normal, Important, Urgent }

public enum AnnouncementAudience { Everyone, ChannelsOnly, PersonalChatsOnly }

/// <summary>An open deadline the announce form offers to extend.</summary>
public sealed record DeadlineChoice(string Id, DateOnly Date, string Subject);

/// <summary>A deadline moved by an announcement.</summary>
public sealed record DeadlineExtension(string Subject, DateOnly From, DateOnly To);

/// <summary>The announce form, empty or filled again with a draft (and the reason it was refused).</summary>
public sealed record AnnounceFormView(IReadOnlyList<DeadlineChoice> OpenDeadlines, string Nonce)
{
    public string? Title { get; init; }
    public string? Text { get; init; }
    public AnnouncementImportance Importance { get; init; } = AnnouncementImportance.Normal;
    public AnnouncementAudience Audience { get; init; } = AnnouncementAudience.Everyone;
    public DateOnly? NextMeetingDate { get; init; }
    public string? ExtendedDeadlineId { get; init; }
    public DateOnly? ExtendedDeadlineDate { get; init; }
    public string? Error { get; init; }
    public int MaxTitleLength { get; init; } = 120;
    public int MaxTextLength { get; init; } = 4000;
}

/// <summary>An announcement as delivered. <see cref="AcknowledgedAt"/> is set on the copy a delegate acknowledged.</summary>
public sealed record AnnouncementView(string Id, string Title, string Text, AnnouncementImportance Importance, string Author, DateTimeOffset SentAt)
{
    public DateOnly? NextMeetingMovedTo { get; init; }
    public DeadlineExtension? DeadlineExtended { get; init; }
    public DateTimeOffset? AcknowledgedAt { get; init; }
}

/// <summary>The author's check before sending.</summary>
public sealed record AnnouncementPreviewView(AnnouncementView Announcement, AnnouncementAudience Audience, int Recipients);

/// <summary>One recipient's acknowledgement (null: not yet).</summary>
public sealed record Acknowledgement(string Recipient, string? Delegation, DateTimeOffset? At);

/// <summary>The author's card on a broadcast: delivery counts and who acknowledged, and a button for the list as a file.</summary>
public sealed record BroadcastStatusView(
    string AnnouncementId,
    string Title,
    int Sent,
    int Failed,
    int Pending,
    IReadOnlyList<Acknowledgement> Acknowledgements,
    DateTimeOffset AsOf);
