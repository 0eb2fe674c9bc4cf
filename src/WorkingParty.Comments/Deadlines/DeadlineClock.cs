using System.Globalization;

namespace WorkingParty.Comments.Deadlines;

/// <summary>When a deadline closes: at the end of its due day in the working party's time zone.</summary>
public sealed class DeadlineClock(TimeZoneInfo zone)
{
    public TimeZoneInfo Zone => zone;

    public DateTimeOffset ClosesAt(DeadlineInfo deadline)
    {
        var nextMidnight = deadline.DueDate.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(nextMidnight, zone.GetUtcOffset(nextMidnight));
    }

    public bool IsOpen(DeadlineInfo deadline, DateTimeOffset now) => now < ClosesAt(deadline);

    /// <summary>A sentence naming the deadline, for refusals: it ended on 3 April 2017 (end of day, Europe/Brussels time).</summary>
    public string Describe(DeadlineInfo deadline) =>
        $"The deadline for {deadline.Subject} was {deadline.DueDate.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)} (end of day, {zone.Id} time)";

    public DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, zone);
}
