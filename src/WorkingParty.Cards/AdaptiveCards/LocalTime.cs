using System.Globalization;

namespace WorkingParty.Cards.AdaptiveCards;

/// <summary>
/// A moment as the Adaptive Cards DATE() and TIME() functions, which the Teams client writes in each reader's own
/// time zone and locale. Teams formats them in TextBlock text only (not in FactSet values): put a moment on a card
/// with <see cref="TextBlock.WithLocalTime"/>.
/// </summary>
public static class LocalTime
{
    /// <summary>
    /// "{{DATE(2017-03-27T14:05:00Z, LONG)}}, {{TIME(2017-03-27T14:05:00Z)}}". The functions take RFC 3339 with whole
    /// seconds and nothing else; anything looser shows the raw braces.
    /// </summary>
    public static string Of(DateTimeOffset moment)
    {
        var utc = moment.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        return $"{{{{DATE({utc}, LONG)}}}}, {{{{TIME({utc})}}}}";
    }
}
