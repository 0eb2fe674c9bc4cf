namespace WorkingParty.Announcements.Drafting;

public enum AnnouncementStatus
{
    /// <summary>Written and previewed, not sent.</summary>
    Draft,

    /// <summary>Its outbox is being delivered.</summary>
    Sending,

    /// <summary>Every recipient was delivered to or given up on.</summary>
    Sent,
}
