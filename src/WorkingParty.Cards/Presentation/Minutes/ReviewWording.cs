using System.Globalization;
using WorkingParty.Minutes.Model;

namespace WorkingParty.Cards.Presentation.Minutes;

/// <summary>How the review of minutes words its facts, in the card and its text twin alike.</summary>
internal static class ReviewWording
{
    /// <summary>The kinds of date, as the kind choice offers them, with the choice that removes a date.</summary>
    public static readonly IReadOnlyList<(string Value, string Title)> DateKinds =
    [
        ("next-meeting", "Next meeting"), ("workshop", "Workshop"), ("event", "Event"), ("past-event", "Past event"),
    ];

    public const string CheckFirst = "Check first: the reader is unsure of these";
    public const string ComingDates = "Coming dates";
    public const string Deadlines = "Deadlines";
    public const string Items = "Agenda items";
    public const string PastDates = "Past dates";
    public const string Unmatched = "Corrections that no longer match the minutes (kept, not applied)";

    /// <summary>Listed first: a date or deadline the reader was unsure of, and nobody has settled yet.</summary>
    public static bool IsDoubtful(ReviewedDate date) => date.Doubt is not null && date.Corrected is null && !date.Removed;

    public static bool IsDoubtful(ReviewedDeadline deadline) => deadline.Doubt is not null && deadline.Corrected is null && !deadline.Removed;

    public static bool IsPast(ReviewedDate date) => date.Kind == "past-event";

    public static string Kind(string kind) => DateKinds.FirstOrDefault(k => k.Value == kind).Title ?? Wording.DateKind(kind);

    public static string Source(MeetingDateSource source) => source switch
    {
        MeetingDateSource.Stated => "as stated at upload",
        MeetingDateSource.OnField => "read from the On: field",
        MeetingDateSource.Subject => "read from the Subject line",
        MeetingDateSource.Heading => "read from the heading",
        MeetingDateSource.FileName => "read from the file name",
        _ => "inferred from the text: the minutes do not state it",
    };

    public static string MeetingDate(ReviewedMeetingDate date) =>
        $"{Wording.DateRange(date.Date, date.EndDate)} ({(date.Corrected is null ? Source(date.Source) : "set by the secretariat")})";

    public static string Date(ReviewedDate date) =>
        $"{Wording.DateRange(date.Date, date.EndDate)} ({Kind(date.Kind)}, item {Number(date.Item)}): {date.Description}";

    public static string Deadline(ReviewedDeadline deadline) =>
        $"{Wording.DayAndDate(deadline.Date)} (item {Number(deadline.Item)}): {deadline.Subject}; from {deadline.RequestedFrom}; documents: {Wording.Documents(deadline.Documents)}";

    public static string Item(ReviewedItem item) => $"{Number(item.Number)}. {item.Title}";

    public const string Changes = "What this version changes";

    /// <summary>"A new version of minutes-2017-03.txt (document 7423/17): …", on the review of a revision.</summary>
    public static string Revises(ReviewedRevision revision, bool published) =>
        $"{(published ? "Replaced" : "A new version of")} {revision.FileName}{(revision.DocumentNumber is { } number ? $" (document {number})" : "")}: " +
        (published
            ? "the earlier version is kept, and no longer answered from."
            : "Publish replaces it. The earlier version is kept, no longer answered from; its corrections carry over where the fact is unchanged, and comments on a moved deadline stay attached (their authors are told).");

    /// <summary>"Deadline changed: 29 March 2017 (item 7): … → 5 April 2017 (item 7): …", "Date added: …".</summary>
    public static string Change(ReviewedChange change) => (change.Before, change.After) switch
    {
        (null, { } after) => $"{change.What} added: {after}",
        ({ } before, null) => $"{change.What} removed: {before}",
        var (before, after) => $"{change.What} changed: {before} \u2192 {after}",
    };

    public static string Uncertain(string doubt) => $"Uncertain: {doubt}.";

    public static string Removed => "Removed by the secretariat: not answered from.";

    /// <summary>"Corrected by Maria Rossi, 27 March 2017, 16:05 Brussels time; read: 19 April 2017" (text: moments on the working party's clock).</summary>
    public static string Corrected(ReviewCorrection corrected, TimeZoneInfo zone) =>
        $"{(corrected.Read is null ? "Added" : "Corrected")} by {corrected.By}, {Wording.Time(corrected.At, zone)}{ReadPart(corrected)}";

    public static string ReadPart(ReviewCorrection corrected) => corrected.Read is null ? "" : $"; read: {corrected.Read}";

    public static string Documents(IReadOnlyList<string> documents) => string.Join(", ", documents);

    public static string Number(int number) => number.ToString(CultureInfo.InvariantCulture);

    /// <summary>The value of the kind choice of a date as shown: its kind, or "remove" once removed.</summary>
    public static string KindValue(ReviewedDate date) => date.Removed ? ReviewForm.Remove : date.Kind;
}
