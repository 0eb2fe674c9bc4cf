namespace WorkingParty.Cards.Actions;

/// <summary>Publish uploaded minutes: stored, and answered from.</summary>
public sealed record PublishMinutes(string UploadId) : ButtonData;

/// <summary>Forget uploaded minutes that were not published.</summary>
public sealed record DiscardMinutes(string UploadId) : ButtonData;

/// <summary>Open the announce form filled with the deadlines of the published minutes.</summary>
public sealed record AnnounceMinutes(string UploadId) : ButtonData;
