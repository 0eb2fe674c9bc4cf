namespace WorkingParty.Minutes.Storage;

/// <summary>
/// What the minutes store last took from one file of the minutes folder: the file's fingerprint when it was read
/// and the meeting it gave, so an unchanged file is not read again.
/// </summary>
public sealed record MinutesSource(string File, string Fingerprint, string MeetingId);
