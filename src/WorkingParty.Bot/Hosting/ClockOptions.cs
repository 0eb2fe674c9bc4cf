using System.ComponentModel.DataAnnotations;

namespace WorkingParty.Bot.Hosting;

/// <summary>The configuration section <c>Clock</c>: the working party's time zone, and a pinned day for demos and tests.</summary>
public sealed class ClockOptions : IValidatableObject
{
    public const string Section = "Clock";

    /// <summary>Pins the calendar day (yyyy-mm-dd); the real date when empty.</summary>
    public DateOnly? Today { get; set; }

    /// <summary>The working party's time zone (an IANA or Windows id): what "today" and "by 3 April" mean.</summary>
    [Required]
    public string TimeZone { get; set; } = "Europe/Brussels";

    public TimeZoneInfo FindZone() => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out _))
            yield return new ValidationResult($"'{TimeZone}' is not a time zone this machine knows.", [nameof(TimeZone)]);
    }
}
