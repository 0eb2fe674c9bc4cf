namespace WorkingParty.Cards.Presentation;

/// <summary>
/// How plain text names the time zone a moment is written in: "Brussels time" from Europe/Brussels; a zone without a
/// city, such as Etc/GMT-2, CET or a Windows id, as its offset at that moment: "UTC+02:00".
/// </summary>
internal static class TimeZoneLabel
{
    public static string Of(TimeZoneInfo zone, DateTimeOffset moment)
    {
        if (City(zone) is { } city) return $"{city} time";
        var offset = zone.GetUtcOffset(moment);
        return offset == TimeSpan.Zero ? "UTC" : $"UTC{(offset < TimeSpan.Zero ? '-' : '+')}{offset:hh\\:mm}";
    }

    /// <summary>The last part of an IANA id "Area/City" ("America/Argentina/Buenos_Aires" gives "Buenos Aires").</summary>
    private static string? City(TimeZoneInfo zone)
    {
        var parts = zone.Id.Split('/');
        return parts.Length > 1 && parts[0] != "Etc" ? parts[^1].Replace('_', ' ') : null;
    }
}
