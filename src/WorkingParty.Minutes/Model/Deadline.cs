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
    /// <summary>A stable id for the deadline within its meeting: item and due date.</summary>
    public string LocalId => $"item-{Item}-{Date:yyyy-MM-dd}";

    /// <summary>Why the due date may be misread, or null when it is certain. Show it with its sentence.</summary>
    public string? Doubt { get; init; }
}
