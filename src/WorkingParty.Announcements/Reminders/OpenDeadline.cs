namespace WorkingParty.Announcements.Reminders;

/// <summary>
/// A deadline still open, as the host knows it from the published minutes and any extensions; <paramref name="Source"/>
/// says where the minutes set it (body, meeting and item), for readers who must find the document it concerns.
/// </summary>
public sealed record OpenDeadline(string Id, DateOnly Date, string Subject, string? Source = null)
{
    /// <summary>The minutes give the date with a doubt (two readings conflict): nothing may announce it as certain.</summary>
    public bool DateInDoubt { get; init; }
}
