namespace WorkingParty.Minutes.Model;

/// <summary>A footnote's text and its marker, as printed at the foot of a page.</summary>
public sealed record Footnote(string Marker, string Text);
