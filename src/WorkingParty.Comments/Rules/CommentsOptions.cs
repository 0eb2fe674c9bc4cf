using System.ComponentModel.DataAnnotations;

namespace WorkingParty.Comments.Rules;

/// <summary>Settings of the comments domain (configuration section "Comments").</summary>
public sealed class CommentsOptions
{
    /// <summary>The time zone whose end of day closes a deadline (the host sets the working party's).</summary>
    public string TimeZone { get; set; } = "Europe/Brussels";

    [Range(1, 1_000_000)]
    public int MaxTextLength { get; init; } = 5000;

    [Range(1, 10_000)]
    public int MaxDocumentReferenceLength { get; init; } = 200;

    /// <summary>The most comments one user may file on one deadline (edits do not count).</summary>
    [Range(1, 100_000)]
    public int MaxPerUserPerDeadline { get; init; } = 30;

    /// <summary>The most comments one user may file in one day of the working party's time zone, on all deadlines together.</summary>
    [Range(1, 100_000)]
    public int MaxPerUserPerDay { get; init; } = 100;

    /// <summary>
    /// The delegation roster's seed: for each delegation code, its users by Entra object id or user principal name
    /// (<c>Comments:Delegates:FR:0</c>). The secretariat confirms or changes anyone on the roster card; users listed nowhere
    /// declare their delegation with their first comment, unconfirmed until the secretariat confirms it.
    /// </summary>
    public Dictionary<string, List<string>> Delegates { get; init; } = [];
}
