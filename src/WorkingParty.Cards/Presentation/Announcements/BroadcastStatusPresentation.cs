using System.Globalization;

namespace WorkingParty.Cards.Presentation.Announcements;

/// <summary>The author's card: how far sending got, and who acknowledged.</summary>
internal static class BroadcastStatusPresentation
{
    public static Reply Present(BroadcastStatusView status, ReplyRequest request) =>
        new(request.FitCard(page => Card(status, page)), Text(status, request.TextPage, request.Zone));

    private static AdaptiveCard Card(BroadcastStatusView status, ListPage page)
    {
        var body = new List<CardElement>(CardParts.Heading($"Sending: {status.Title}"))
        {
            TextBlock.WithLocalTime("As of ", status.AsOf) with { IsSubtle = true, Spacing = Spacing.None },
            new FactSet(Counts(status).Select(count => Fact.Literal(count.Title, count.Value)).ToList()),
        };
        var acknowledged = status.Acknowledgements.Where(a => a.At is not null).ToList();
        var waiting = status.Acknowledgements.Where(a => a.At is null).ToList();
        body.Add(new ColumnSet([
            new Column([CardParts.Strong("Acknowledged"), .. page.Slice(acknowledged).Select(a => CardParts.Bullet(Who(a)))]) { Width = "stretch" },
            new Column([CardParts.Strong("Not yet"), .. page.Slice(waiting).Select(a => CardParts.Bullet(Who(a)))]) { Width = "stretch" },
        ]) { Separator = true, Spacing = Spacing.Medium });
        var longest = Math.Max(acknowledged.Count, waiting.Count);
        body.AddRange(page.Footer(longest));
        return CardParts.Card(body, $"Sending: {status.Title}",
        [
            CardParts.Send("Refresh", new RefreshAnnouncementStatus(status.AnnouncementId)),
            CardParts.Send("Export acknowledgements (CSV)", new ExportAcknowledgements(status.AnnouncementId)),
        ]);
    }

    private static string Text(BroadcastStatusView status, ListPage page, TimeZoneInfo zone)
    {
        var text = new PlainText().Title($"Sending: {status.Title}", $"As of {Wording.Time(status.AsOf, zone)}");
        foreach (var (title, value) in Counts(status)) text.Entry($"{title}: {value}");
        text.Paragraph("Acknowledged:");
        foreach (var a in page.Slice(status.Acknowledgements.Where(a => a.At is not null).ToList())) text.Entry(Who(a));
        text.Paragraph("Not yet:");
        foreach (var a in page.Slice(status.Acknowledgements.Where(a => a.At is null).ToList())) text.Entry(Who(a));
        return text.ToString();
    }

    private static IEnumerable<(string Title, string Value)> Counts(BroadcastStatusView status)
    {
        yield return ("Sent", Number(status.Sent));
        yield return ("Failed", Number(status.Failed));
        yield return ("Pending", Number(status.Pending));
        yield return ("Acknowledged", $"{Number(status.Acknowledgements.Count(a => a.At is not null))} of {Number(status.Acknowledgements.Count)}");
    }

    private static string Who(Acknowledgement acknowledgement) =>
        acknowledgement.Delegation is null ? acknowledgement.Recipient : $"{acknowledgement.Delegation}: {acknowledgement.Recipient}";

    private static string Number(int count) => count.ToString(CultureInfo.InvariantCulture);
}
