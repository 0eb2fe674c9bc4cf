namespace WorkingParty.Minutes.Reading;

/// <summary>What the uploader states about the minutes; it wins over anything read from the document.</summary>
public sealed record IngestOptions(DateOnly? Date = null, string? Body = null)
{
    public static IngestOptions None { get; } = new();
}
