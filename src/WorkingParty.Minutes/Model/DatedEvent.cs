namespace WorkingParty.Minutes.Model;

/// <summary>A date the minutes mention, what happens then, and where it was read.</summary>
public sealed record DatedEvent(
    DateOnly Date,
    DateOnly? EndDate,
    DatePrecision Precision,
    EventKind Kind,
    string Description,
    int Item,
    string Sentence);

public enum DatePrecision { Day, Month, PartOfMonth, HalfYear, Year }

public enum EventKind { NextMeeting, Workshop, Event, PastEvent }
