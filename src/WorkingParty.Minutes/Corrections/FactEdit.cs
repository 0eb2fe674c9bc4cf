namespace WorkingParty.Minutes.Corrections;

/// <summary>
/// What the secretariat says a fact of the minutes is, as a review form sends it. <see cref="MinutesEditor"/> turns
/// the edits that change something into corrections.
/// </summary>
public abstract record FactEdit;

/// <summary>The meeting date; <paramref name="Confirmed"/> settles a date the reader inferred even when it is left as read.</summary>
public sealed record SetMeetingDate(DateOnly Date, bool Confirmed = false) : FactEdit;

public sealed record SetBody(string Body) : FactEdit;

/// <summary>The document number; null or blank when the document has none.</summary>
public sealed record SetDocumentNumber(string? Number) : FactEdit;

/// <summary>The title of item <paramref name="Item"/> (the <paramref name="Occurrence"/>th so numbered, from 0).</summary>
public sealed record SetItemTitle(int Item, string Title, int Occurrence = 0) : FactEdit;

/// <summary>
/// The date <paramref name="FactId"/> (read or added) is <paramref name="To"/>; null removes it. <paramref name="Confirmed"/>
/// settles a date read with a doubt even when it is left as read.
/// </summary>
public sealed record SetEvent(string FactId, EventValue? To, bool Confirmed = false) : FactEdit;

/// <summary>The deadline <paramref name="FactId"/> (read or added) is <paramref name="To"/>; null removes it; see <see cref="SetEvent"/>.</summary>
public sealed record SetDeadline(string FactId, DeadlineValue? To, bool Confirmed = false) : FactEdit;

public sealed record AddEvent(EventValue Value) : FactEdit;

public sealed record AddDeadline(DeadlineValue Value) : FactEdit;
