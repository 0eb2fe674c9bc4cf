using System.Globalization;

namespace WorkingParty.Minutes.Corrections;

/// <summary>The meeting took place on <paramref name="To"/>, not on the date read.</summary>
public sealed record MeetingDateCorrection(DateOnly Read, DateOnly To) : Correction
{
    public const string Key = "meeting-date";

    public override string FactKey() => Key;

    public override string? ValueRead() => Words.Date(Read);

    public override string? ValueNow() => Words.Date(To);
}

/// <summary>The minutes are of the working party <paramref name="To"/>.</summary>
public sealed record BodyCorrection(string Read, string To) : Correction
{
    public const string Key = "body";

    public override string FactKey() => Key;

    public override string? ValueRead() => Read;

    public override string? ValueNow() => To;
}

/// <summary>The document's number is <paramref name="To"/> (none when null).</summary>
public sealed record DocumentNumberCorrection(string? Read, string? To) : Correction
{
    public const string Key = "document-number";

    public override string FactKey() => Key;

    public override string? ValueRead() => Read ?? "none";

    public override string? ValueNow() => To ?? "none";
}

/// <summary>
/// The title of agenda item <paramref name="Item"/> is <paramref name="To"/>. <see cref="Occurrence"/> tells apart items
/// the minutes number alike (two meetings in one document, say): 0 for the first with that number.
/// </summary>
public sealed record ItemTitleCorrection(int Item, string Read, string To) : Correction
{
    public int Occurrence { get; init; }

    public static string KeyOf(int item, int occurrence = 0) =>
        $"item-title/{item.ToString(CultureInfo.InvariantCulture)}{(occurrence == 0 ? "" : "-" + (occurrence + 1).ToString(CultureInfo.InvariantCulture))}";

    public override string FactKey() => KeyOf(Item, Occurrence);

    public override string? ValueRead() => Read;

    public override string? ValueNow() => To;
}

/// <summary>How corrections word their values.</summary>
internal static class Words
{
    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string Of(EventValue value) => $"{Date(value.Date)} ({KindOf(value.Kind)}, item {value.Item}): {value.Description}";

    public static string KindOf(EventKind kind) => kind switch
    {
        EventKind.NextMeeting => "next meeting",
        EventKind.PastEvent => "past event",
        _ => kind.ToString().ToLowerInvariant(),
    };

    public static string Of(DeadlineValue value) => $"{Date(value.Date)} (item {value.Item}): {value.Subject}";
}
