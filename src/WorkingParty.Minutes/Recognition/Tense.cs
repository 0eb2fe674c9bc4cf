namespace WorkingParty.Minutes.Recognition;

/// <summary>Whether a sentence speaks of a date as already past or still to come, as far as its wording tells.</summary>
public enum Tense { Unknown, Past, Future }
