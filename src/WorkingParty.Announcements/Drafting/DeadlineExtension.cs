namespace WorkingParty.Announcements.Drafting;

/// <summary>A structured change carried by an announcement: the deadline <paramref name="DeadlineId"/> now falls on <paramref name="NewDate"/>.</summary>
public sealed record DeadlineExtension(string DeadlineId, DateOnly NewDate);
