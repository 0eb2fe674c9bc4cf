namespace WorkingParty.Bot.Hosting;

/// <summary>
/// "Today" where the working party sits (<c>Clock:TimeZone</c>, Europe/Brussels by default): what
/// makes a deadline open and a meeting "next".
/// </summary>
public sealed class WorkingPartyCalendar(TimeProvider time, TimeZoneInfo zone)
{
    /// <summary>The zone plain text writes moments in (cards leave them to each reader's Teams).</summary>
    public TimeZoneInfo Zone => zone;

    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone).DateTime);
}
