namespace WorkingParty.Minutes.Corrections;

/// <summary>What the secretariat can say of a dated event: its date, kind, what happens, and the item it stands under.</summary>
public sealed record EventValue(DateOnly Date, EventKind Kind, string Description, int Item)
{
    public static EventValue Of(DatedEvent dated) => new(dated.Date, dated.Kind, dated.Description, dated.Item);
}

/// <summary>What the secretariat can say of a deadline: due date, what is requested, from whom, item, documents.</summary>
public sealed record DeadlineValue(DateOnly Date, string Subject, string RequestedFrom, int Item, IReadOnlyList<string> Documents)
{
    public static DeadlineValue Of(Deadline deadline) =>
        new(deadline.Date, deadline.Subject, deadline.RequestedFrom, deadline.Item, deadline.Documents);

    public bool Equals(DeadlineValue? other) =>
        other is not null && Date == other.Date && Subject == other.Subject && RequestedFrom == other.RequestedFrom
        && Item == other.Item && Documents.SequenceEqual(other.Documents);

    public override int GetHashCode() => HashCode.Combine(Date, Subject, RequestedFrom, Item, Documents.Count);
}
