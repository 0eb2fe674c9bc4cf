using WorkingParty.Storage.Time;

namespace WorkingParty.Bot.Hosting;

/// <summary>
/// "Today" where the working party sits (<c>Clock:TimeZone</c>, Europe/Brussels by default): what makes a deadline open
/// and a meeting "next". Read from the bot's clock, whose local zone is the working party's (<see cref="WorkingPartyTimeProvider"/>),
/// so it is the same day the rest of the bot counts with (<see cref="WorkingDay.Today"/>).
/// </summary>
public sealed class WorkingPartyCalendar(TimeProvider time)
{
    /// <summary>The zone plain text writes moments in (cards leave them to each reader's Teams).</summary>
    public TimeZoneInfo Zone => time.LocalTimeZone;

    public DateOnly Today => time.Today();
}
