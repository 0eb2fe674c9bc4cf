namespace WorkingParty.Cards.Actions;

/// <summary>
/// The announce form sent, to be answered with a preview. <see cref="Nonce"/> is set once per form; the inputs
/// (<see cref="CardInputs"/>) arrive merged in, as the client sends them: text, and dates as yyyy-MM-dd.
/// </summary>
public sealed record PreviewAnnouncement(string Nonce) : ButtonData
{
    public string? Title { get; init; }
    public string? Text { get; init; }
    public string? Importance { get; init; }
    public string? Audience { get; init; }
    public string? NextMeetingDate { get; init; }
    public string? ExtendedDeadlineId { get; init; }
    public string? ExtendedDeadlineDate { get; init; }
}

/// <summary>Back from the preview to the form, with the draft.</summary>
public sealed record EditAnnouncement(string AnnouncementId) : ButtonData;

/// <summary>Send the previewed announcement.</summary>
public sealed record SendAnnouncement(string AnnouncementId) : ButtonData;

/// <summary>A recipient confirms they have read the announcement.</summary>
public sealed record AcknowledgeAnnouncement(string AnnouncementId) : ButtonData;

/// <summary>Refresh the author's delivery and acknowledgement status.</summary>
public sealed record RefreshAnnouncementStatus(string AnnouncementId) : ButtonData;

/// <summary>The author asks for the acknowledgement list as a file, sent to their personal chat.</summary>
public sealed record ExportAcknowledgements(string AnnouncementId) : ButtonData;
