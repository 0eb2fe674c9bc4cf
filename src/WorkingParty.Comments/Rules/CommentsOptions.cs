namespace WorkingParty.Comments;

/// <summary>Settings of the comments domain (configuration section "Comments").</summary>
public sealed class CommentsOptions
{
    /// <summary>The time zone whose end of day closes a deadline.</summary>
    public string TimeZone { get; init; } = "Europe/Brussels";

    public int MaxTextLength { get; init; } = 5000;

    public int MaxDocumentReferenceLength { get; init; } = 200;
}
