using System.Globalization;
using WorkingParty.Minutes.Corrections;
using WorkingParty.Minutes.Model;

namespace WorkingParty.Bot.Features.MinutesReview;

/// <summary>
/// What a sent review form says of each fact on it, as edits of the minutes (<see cref="MinutesEditor"/> decides which
/// change anything). A field left blank or mistyped keeps the fact's value and is named among the problems.
/// </summary>
public static class ReviewEdits
{
    public static (IReadOnlyList<FactEdit> Edits, IReadOnlyList<string> Problems) From(ReviewForm form, CorrectedMeeting current)
    {
        var edits = new List<FactEdit>();
        var problems = new List<string>();
        if (form.MeetingDate is not null)
        {
            if (Date(form.MeetingDate) is { } date) edits.Add(new SetMeetingDate(date, form.MeetingDateConfirmed));
            else problems.Add("The meeting date was not a date: it was left as it is.");
        }
        if (form.Body is not null) edits.Add(new SetBody(form.Body));
        if (form.DocumentNumber is not null) edits.Add(new SetDocumentNumber(form.DocumentNumber));
        edits.AddRange(form.Titles.Select(title => new SetItemTitle(title.Key.Item, title.Value, title.Key.Occurrence)));
        foreach (var (id, fields) in form.Dates)
        {
            var now = current.Events.FirstOrDefault(e => e.Id == id)?.Value;
            edits.Add(new SetEvent(id, fields.Kind == ReviewForm.Remove || now is null ? null : new EventValue(
                Field(fields.Date, Date, now.Date, "a date", problems), Kind(fields.Kind) ?? now.Kind,
                Blank(fields.What) ?? now.Description, Field(fields.Item, Item, now.Item, "an item number", problems)), fields.Confirmed));
        }
        foreach (var (id, fields) in form.Deadlines)
        {
            var now = current.Deadlines.FirstOrDefault(d => d.Id == id)?.Value;
            edits.Add(new SetDeadline(id, fields.Remove || now is null ? null : new DeadlineValue(
                Field(fields.Date, Date, now.Date, "a date", problems), Blank(fields.What) ?? now.Subject, Blank(fields.From) ?? now.RequestedFrom,
                Field(fields.Item, Item, now.Item, "an item number", problems), fields.Documents is null ? now.Documents : Documents(fields.Documents)), fields.Confirmed));
        }
        if (form.Added is { } added)
        {
            if (Added(added) is { } edit) edits.Add(edit);
            else problems.Add("Nothing was added: a new date or deadline needs its date, what it is and its item number.");
        }
        return (edits, problems);
    }

    private static FactEdit? Added(ReviewForm.NewFact added)
    {
        if (Date(added.Date) is not { } date || Blank(added.What) is not { } what || Item(added.Item) is not { } item) return null;
        if (added.Kind == ReviewForm.DeadlineKind)
            return new AddDeadline(new DeadlineValue(date, what, Blank(added.From) ?? "Delegations", item, Documents(added.Documents)));
        return Kind(added.Kind) is { } kind ? new AddEvent(new EventValue(date, kind, what, item)) : null;
    }

    /// <summary>The typed value, or the fact's own when the field is missing, blank or not <paramref name="what"/> (then named among the problems).</summary>
    private static T Field<T>(string? typed, Func<string?, T?> read, T now, string what, List<string> problems) where T : struct
    {
        if (string.IsNullOrWhiteSpace(typed)) return now;
        if (read(typed) is { } value) return value;
        problems.Add($"\u201C{typed}\u201D is not {what}: it was left as it was.");
        return now;
    }

    private static DateOnly? Date(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static int? Item(string? text) =>
        int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var item) && item is > 0 and < 1000 ? item : null;

    private static EventKind? Kind(string? text) =>
        Enum.GetValues<EventKind>().Cast<EventKind?>().FirstOrDefault(kind => MinutesReviewViews.KindOf(kind!.Value) == text);

    private static IReadOnlyList<string> Documents(string? text) =>
        (text ?? "").Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
