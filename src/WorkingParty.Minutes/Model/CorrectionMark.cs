namespace WorkingParty.Minutes.Model;

/// <summary>
/// Marks a fact the secretariat corrected over what the reader read: who, the moment, and the working party's day it
/// was (what answers say: "corrected by the secretariat on 27 March 2017"). Set only on records with corrections
/// applied (<c>Corrections/CorrectionOverlay</c>), never on a stored record as read.
/// </summary>
public sealed record CorrectionMark(string By, DateTimeOffset At, DateOnly Day);
