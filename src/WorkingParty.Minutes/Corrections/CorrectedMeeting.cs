namespace WorkingParty.Minutes.Corrections;

/// <summary>
/// A meeting's minutes with the secretariat's corrections applied over the record as read.
/// </summary>
/// <param name="Read">The record as the reader read it.</param>
/// <param name="Meeting">The record with the corrections applied: what answers are built from. It keeps the read record's id, and each deadline its id.</param>
/// <param name="Events">Every date read or added, with its id and correction; removed ones too (<see cref="CorrectedFact{T}.Removed"/>).</param>
/// <param name="Deadlines">Every deadline read or added, likewise.</param>
/// <param name="Unmatched">Corrections of facts the record no longer has (read again, the sentence is gone): kept, not applied.</param>
public sealed record CorrectedMeeting(
    Meeting Read,
    Meeting Meeting,
    IReadOnlyList<CorrectedFact<DatedEvent>> Events,
    IReadOnlyList<CorrectedFact<Deadline>> Deadlines,
    IReadOnlyList<Correction> Unmatched);

/// <summary>A date or deadline of the minutes: its id (<see cref="FactIds"/>), its value now, and its correction, if any.</summary>
/// <param name="Removed">Whether the secretariat removed it; <paramref name="Value"/> is then the value as read.</param>
public sealed record CorrectedFact<T>(string Id, T Value, Correction? Correction, bool Removed = false);
