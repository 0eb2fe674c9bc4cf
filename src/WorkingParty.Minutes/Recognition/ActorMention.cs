namespace WorkingParty.Minutes.Recognition;

/// <summary>An actor named in a sentence, by canonical name ("Commission (DG Home)", "HU"), and where.</summary>
public sealed record ActorMention(string Name, int Index, int Length);
