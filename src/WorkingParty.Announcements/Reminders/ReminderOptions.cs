using System.ComponentModel.DataAnnotations;
using WorkingParty.Announcements.Drafting;

namespace WorkingParty.Announcements.Reminders;

/// <summary>The configuration section <c>Reminders</c>.</summary>
public sealed class ReminderOptions
{
    public const string Section = "Reminders";

    /// <summary>How many days before a deadline its reminder goes out; 0 turns reminders off.</summary>
    [Range(0, 365)]
    public int DaysBefore { get; set; } = 2;

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromHours(1);

    public Audience Audience { get; set; } = Audience.Everyone;
}
