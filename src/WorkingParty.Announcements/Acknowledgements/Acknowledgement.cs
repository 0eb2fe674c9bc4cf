namespace WorkingParty.Announcements.Acknowledgements;

/// <summary>A user pressed "Acknowledge" on an announcement; the first press is the one kept.</summary>
public sealed record Acknowledgement(
    string AnnouncementId,
    string UserId,
    string? UserName,
    string? Delegation,
    DateTimeOffset AcknowledgedAt);
