namespace WorkingParty.Minutes.Extraction;

/// <summary>The body that met, and the short form of its name used in meeting ids ("hwp-cyber-issues").</summary>
public sealed record MeetingBody(string Name, string Slug);
