namespace WorkingParty.Cards.Views;

public enum MinutesUploadState { Pending, Published, Discarded }

/// <summary>A date the uploaded minutes mention (a coming meeting, a workshop, an event).</summary>
public sealed record MinutesDate(DateOnly Date, string Description);

/// <summary>A deadline found in the uploaded minutes.</summary>
public sealed record MinutesDeadline(DateOnly Date, string Subject, int Item);

/// <summary>What the bot read from an uploaded minutes file, for the secretariat to publish or discard.</summary>
public sealed record MinutesSummaryView(
    string UploadId,
    string FileName,
    string Body,
    string Title,
    DateOnly MeetingDate,
    bool DateInferred,
    int Items,
    IReadOnlyList<MinutesDate> Dates,
    IReadOnlyList<MinutesDeadline> Deadlines)
{
    public MinutesUploadState State { get; init; } = MinutesUploadState.Pending;
}
