namespace WorkingParty.Answers.Model;

/// <summary>Why a date read from the minutes may be wrong (two readings conflict), and the sentence it was read from.</summary>
public sealed record Doubt(string Reason, string Sentence);
