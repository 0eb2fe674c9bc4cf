using System.Globalization;
using System.Text.Json;

namespace WorkingParty.Cards.Actions;

/// <summary>
/// The inputs of the minutes review card: their ids (one set per fact, named after the fact's id) and what a sent form
/// says of each fact, as typed. A fact whose inputs were not on the card (another page) is absent, not blank.
/// </summary>
public sealed record ReviewForm(
    string? MeetingDate,
    bool MeetingDateConfirmed,
    string? Body,
    string? DocumentNumber,
    IReadOnlyDictionary<(int Item, int Occurrence), string> Titles,
    IReadOnlyDictionary<string, ReviewForm.DateFields> Dates,
    IReadOnlyDictionary<string, ReviewForm.DeadlineFields> Deadlines,
    ReviewForm.NewFact? Added)
{
    public const string MeetingDateId = "meetingDate";
    public const string MeetingDateConfirmedId = "meetingDate.confirmed";
    public const string BodyId = "body";
    public const string DocumentNumberId = "documentNumber";

    /// <summary>The value of the kind choice that removes a date.</summary>
    public const string Remove = "remove";

    /// <summary>The value of the added fact's kind choice for a deadline (the others are date kinds).</summary>
    public const string DeadlineKind = "deadline";

    /// <summary>"title.7"; "title.3-2" for the second item numbered 3.</summary>
    public static string TitleId(int item, int occurrence = 0) =>
        $"title.{item.ToString(CultureInfo.InvariantCulture)}{(occurrence == 0 ? "" : "-" + (occurrence + 1).ToString(CultureInfo.InvariantCulture))}";

    public static string DateId(string fact, string field) => $"date.{fact}.{field}";

    public static string DeadlineId(string fact, string field) => $"deadline.{fact}.{field}";

    public static string NewId(string field) => $"new.{field}";

    /// <summary>The fields of a date or deadline: date, kind, what, item, from, documents, remove, confirmed.</summary>
    public static class Field
    {
        public const string Date = "date";
        public const string Kind = "kind";
        public const string What = "what";
        public const string Item = "item";
        public const string From = "from";
        public const string Documents = "documents";
        public const string Remove = "remove";
        public const string Confirmed = "confirmed";
    }

    /// <summary>A date as typed: null for a field not on the card.</summary>
    public sealed record DateFields(string? Date, string? Kind, string? What, string? Item, bool Confirmed);

    public sealed record DeadlineFields(string? Date, string? What, string? From, string? Item, string? Documents, bool Remove, bool Confirmed);

    /// <summary>The "add a date or deadline" row, when a kind was chosen.</summary>
    public sealed record NewFact(string Kind, string? Date, string? What, string? Item, string? From, string? Documents);

    public static ReviewForm Read(IReadOnlyDictionary<string, JsonElement>? inputs)
    {
        var values = (inputs ?? new Dictionary<string, JsonElement>())
            .Where(input => input.Value.ValueKind is JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False)
            .ToDictionary(input => input.Key, input => input.Value.ValueKind == JsonValueKind.String ? input.Value.GetString()! : input.Value.GetRawText(), StringComparer.Ordinal);
        string? Value(string id) => values.GetValueOrDefault(id);
        bool On(string id) => string.Equals(Value(id), "true", StringComparison.OrdinalIgnoreCase);

        var titles = new Dictionary<(int, int), string>();
        foreach (var (id, value) in values)
        {
            if (!id.StartsWith("title.", StringComparison.Ordinal)) continue;
            var parts = id["title.".Length..].Split('-');
            if (int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var item)
                && (parts.Length == 1 || (parts.Length == 2 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var nth) && nth >= 2)))
            {
                titles[(item, parts.Length == 1 ? 0 : int.Parse(parts[1], CultureInfo.InvariantCulture) - 1)] = value;
            }
        }

        var dates = FactsOf(values.Keys, "date").ToDictionary(fact => fact, fact => new DateFields(
            Value(DateId(fact, Field.Date)), Value(DateId(fact, Field.Kind)), Value(DateId(fact, Field.What)), Value(DateId(fact, Field.Item)),
            On(DateId(fact, Field.Confirmed))));
        var deadlines = FactsOf(values.Keys, "deadline").ToDictionary(fact => fact, fact => new DeadlineFields(
            Value(DeadlineId(fact, Field.Date)), Value(DeadlineId(fact, Field.What)), Value(DeadlineId(fact, Field.From)), Value(DeadlineId(fact, Field.Item)),
            Value(DeadlineId(fact, Field.Documents)), On(DeadlineId(fact, Field.Remove)), On(DeadlineId(fact, Field.Confirmed))));
        var added = Value(NewId(Field.Kind)) is { Length: > 0 } kind
            ? new NewFact(kind, Value(NewId(Field.Date)), Value(NewId(Field.What)), Value(NewId(Field.Item)), Value(NewId(Field.From)), Value(NewId(Field.Documents)))
            : null;
        return new ReviewForm(Value(MeetingDateId), On(MeetingDateConfirmedId), Value(BodyId), Value(DocumentNumberId), titles, dates, deadlines, added);
    }

    /// <summary>The fact ids that inputs "<paramref name="kind"/>.{fact}.{field}" name.</summary>
    private static IEnumerable<string> FactsOf(IEnumerable<string> ids, string kind) => ids
        .Where(id => id.StartsWith(kind + ".", StringComparison.Ordinal))
        .Select(id => id[(kind.Length + 1)..])
        .Where(rest => rest.IndexOf('.') > 0)
        .Select(rest => rest[..rest.IndexOf('.')])
        .Distinct(StringComparer.Ordinal);
}
