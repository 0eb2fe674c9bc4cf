using System.Text.Json.Serialization;

namespace WorkingParty.Minutes.Model;

/// <summary>A request with a due date, such as "written comments on doc. 7130/17 by 29 March 2017".</summary>
public sealed record Deadline(
    DateOnly Date,
    int Item,
    string Subject,
    string RequestedFrom,
    IReadOnlyList<string> Documents,
    string Sentence)
{
    /// <summary>
    /// A stable id for the deadline within its meeting: item and due date as read. A correction keeps it
    /// (<see cref="IdAsRead"/>), so comments and announced extensions stay attached to a deadline the secretariat moved.
    /// </summary>
    public string LocalId => IdAsRead ?? $"item-{Item}-{Date:yyyy-MM-dd}";

    /// <summary>The <see cref="LocalId"/> the deadline had as read, kept when a correction moves its date or item; else null.</summary>
    [JsonIgnore]
    public string? IdAsRead { get; init; }

    /// <summary>
    /// The id of the meeting whose minutes first had the deadline, when a revision changed the meeting's date and so its
    /// id (<see cref="IdIn"/> keeps the earlier one); else null.
    /// </summary>
    [JsonIgnore]
    public string? MeetingIdAsRead { get; init; }

    /// <summary>The deadline's id among all minutes, which comments and announced extensions are kept under: <c>{meeting id}/{LocalId}</c>.</summary>
    public string IdIn(Meeting meeting) => $"{MeetingIdAsRead ?? meeting.Id}/{LocalId}";

    /// <summary>Why the due date may be misread, or null when it is certain. Show it with its sentence.</summary>
    public string? Doubt { get; init; }

    /// <summary>
    /// The due date first set, as the minutes write it, when they tell that it was replaced by this one ("initially set
    /// at 3 October", "had originally wanted answers by 16 March"); null when they tell no earlier date.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? FirstSet { get; init; }

    /// <summary>
    /// <see cref="FirstSet"/> as a day (the such day nearest the meeting, or the earlier deadline of the item it
    /// replaced), so that the deadline of earlier minutes due that day is known as replaced; null with no earlier date.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateOnly? FirstSetOn { get; init; }

    /// <summary>
    /// The minutes' own words when they give the due date as part of a month or year ("by the end of April"), which
    /// <see cref="Date"/> resolves (30 April); null when they give a day.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public VagueDue? Vague { get; init; }

    /// <summary>Set when the secretariat corrected or added the deadline; null as read.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public CorrectionMark? Corrected { get; init; }
}
