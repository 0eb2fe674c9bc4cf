namespace WorkingParty.Cards.Presentation.Exports;

/// <summary>Download links, where a chat cannot take files: each works once, until the time shown.</summary>
internal static class DownloadLinksPresentation
{
    private const string Once = "Each link works once, for you alone; do not forward it. Ask again for new ones.";

    public static Reply Present(DownloadLinksView view, ReplyRequest request) => new(Card(view), Text(view, request.Zone));

    private static AdaptiveCard Card(DownloadLinksView view) =>
        CardParts.Card(
            [
                .. CardParts.Heading(view.Title),
                TextBlock.WithLocalTime("Valid until ", view.ExpiresAt),
                TextBlock.Subtle(Once),
            ],
            view.Title,
            [.. view.Links.Select(link => new OpenUrlAction($"Download {link.Label}", link.Url))]);

    private static string Text(DownloadLinksView view, TimeZoneInfo zone)
    {
        var text = new PlainText().Title(view.Title, $"Valid until {Wording.Time(view.ExpiresAt, zone)}");
        foreach (var link in view.Links) text.Paragraph($"{link.Label}: {link.Url}");
        return text.Paragraph(Once).ToString();
    }
}
