namespace WorkingParty.Storage.Time;

/// <summary>The one place "today" is computed, for every part of the bot.</summary>
public static class WorkingDay
{
    /// <summary>
    /// Today where the working party sits: the day of the clock's local time. The host's clock has the working party's
    /// zone (<c>Clock:TimeZone</c>) as its local zone, whatever zone the server runs in.
    /// </summary>
    public static DateOnly Today(this TimeProvider time) => DateOnly.FromDateTime(time.GetLocalNow().DateTime);
}
