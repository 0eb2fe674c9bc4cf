namespace WorkingParty.Comments;

/// <summary>What the bot remembers about one user between comments.</summary>
public sealed record DelegatePreferences(string? Delegation);
