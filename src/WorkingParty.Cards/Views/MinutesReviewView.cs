using WorkingParty.Minutes.Model;

namespace WorkingParty.Cards.Views;

public enum MinutesReviewState { Pending, Published, Discarded }

/// <summary>
/// What the bot read from a minutes file, for the secretariat to check, correct and publish (or discard): every fact,
/// the uncertain ones first, each with what was read and any correction. <see cref="Version"/> is the upload's version
/// the card shows, so a form sent after someone else changed the minutes is not applied blindly.
/// </summary>
public sealed record MinutesReviewView(string UploadId, string FileName, int Version, MinutesReviewState State, ReviewedMinutes Minutes)
{
    /// <summary>The page of the card (long minutes are reviewed over several), from 0.</summary>
    public int Page { get; init; }

    /// <summary>What the last action did ("2 corrections saved."), or why it did not; shown above the facts.</summary>
    public ReviewNotice? Notice { get; init; }

    /// <summary>Who published the minutes, and when, once they are.</summary>
    public ReviewCorrection? Published { get; init; }

    /// <summary>The stored minutes this file is a new version of, which Publish replaces, and what it changes; null for new minutes.</summary>
    public ReviewedRevision? Revises { get; init; }
}

/// <summary>The stored version a revision replaces (its file and document number) and what the revision changes against it.</summary>
public sealed record ReviewedRevision(string FileName, string? DocumentNumber, IReadOnlyList<ReviewedChange> Changes);

/// <summary>One change of a revision: <paramref name="What"/> ("Deadline", "Date", "Item", "Meeting date"), before and after (null when added or removed).</summary>
public sealed record ReviewedChange(string What, string? Before, string? After);

public sealed record ReviewNotice(string Text, bool IsProblem = false);

/// <summary>Who corrected a fact, when, and what the reader had read (null for a fact the secretariat added).</summary>
public sealed record ReviewCorrection(string By, DateTimeOffset At, string? Read);

/// <summary>The facts of one meeting's minutes as they stand (corrections applied), with what the reader was unsure of.</summary>
public sealed record ReviewedMinutes(
    string Title,
    ReviewedText Body,
    ReviewedMeetingDate MeetingDate,
    DateOnly? IssueDate,
    ReviewedText DocumentNumber,
    string? Kind,
    IReadOnlyList<ReviewedItem> Items,
    IReadOnlyList<ReviewedDate> Dates,
    IReadOnlyList<ReviewedDeadline> Deadlines)
{
    /// <summary>Corrections of facts these minutes no longer have (read again since), in words: kept, not applied.</summary>
    public IReadOnlyList<string> Unmatched { get; init; } = [];

    /// <summary>How many corrections stand over what was read.</summary>
    public int Corrections { get; init; }
}

public sealed record ReviewedText(string? Value, ReviewCorrection? Corrected);

/// <summary>The meeting date, where it was read, and whether the reader only inferred it.</summary>
public sealed record ReviewedMeetingDate(DateOnly Date, DateOnly? EndDate, MeetingDateSource Source, bool Inferred, ReviewCorrection? Corrected);

/// <param name="Occurrence">0, unless items before it bear the same number (two meetings in one document).</param>
public sealed record ReviewedItem(int Number, string Title, ReviewCorrection? Corrected, int Occurrence = 0);

/// <summary>
/// A date of the minutes: <paramref name="Kind"/> is "next-meeting", "workshop", "event" or "past-event";
/// <paramref name="Doubt"/> why the reader is unsure of it (null once corrected or confirmed).
/// </summary>
public sealed record ReviewedDate(
    string Id, DateOnly Date, DateOnly? EndDate, string Kind, string Description, int Item, string Sentence, string? Doubt,
    ReviewCorrection? Corrected, bool Removed = false);

public sealed record ReviewedDeadline(
    string Id, DateOnly Date, string Subject, string RequestedFrom, int Item, IReadOnlyList<string> Documents, string Sentence,
    string? Doubt, ReviewCorrection? Corrected, bool Removed = false);
