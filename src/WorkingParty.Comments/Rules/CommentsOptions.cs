namespace WorkingParty.Comments;

/// <summary>Settings of the comments domain (configuration section "Comments").</summary>
public sealed class CommentsOptions
{
    /// <summary>The time zone whose end of day closes a deadline.</summary>
    public string TimeZone { get; init; } = "Europe/Brussels";

    public int MaxTextLength { get; init; } = 5000;

    public int MaxDocumentReferenceLength { get; init; } = 200;

    /// <summary>The most comments one user may file on one deadline (edits do not count).</summary>
    public int MaxPerUserPerDeadline { get; init; } = 30;

    /// <summary>The most comments one user may file in one day of the working party's time zone, on all deadlines together.</summary>
    public int MaxPerUserPerDay { get; init; } = 100;
}
