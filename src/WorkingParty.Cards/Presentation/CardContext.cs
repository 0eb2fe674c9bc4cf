namespace WorkingParty.Cards.Presentation;

/// <summary>What cards need to know about the bot: the public address it serves calendar files from.</summary>
public sealed record CardContext(Uri PublicBaseUrl)
{
    /// <summary>Where the bot serves the .ics of one coming date: <c>{base}/calendar/{id}.ics</c>.</summary>
    public Uri CalendarUrl(string eventId) =>
        new($"{PublicBaseUrl.AbsoluteUri.TrimEnd('/')}/calendar/{Uri.EscapeDataString(eventId)}.ics");
}
