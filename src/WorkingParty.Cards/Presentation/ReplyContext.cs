namespace WorkingParty.Cards.Presentation;

/// <summary>
/// What replies need to know about the bot: the public address it serves calendar files from, and the working party's
/// time zone, which plain text writes moments in (cards leave them to each reader's Teams).
/// </summary>
public sealed record ReplyContext(Uri PublicBaseUrl, TimeZoneInfo Zone)
{
    /// <summary>Where the bot serves the .ics of one coming date: <c>{base}/calendar/{id}.ics</c>.</summary>
    public Uri CalendarUrl(string eventId) =>
        new($"{PublicBaseUrl.AbsoluteUri.TrimEnd('/')}/calendar/{Uri.EscapeDataString(eventId)}.ics");
}
