namespace WorkingParty.Announcements.Reminders;

/// <summary>A deadline still open, as the host knows it from the published minutes and any extensions.</summary>
public sealed record OpenDeadline(string Id, DateOnly Date, string Subject);
