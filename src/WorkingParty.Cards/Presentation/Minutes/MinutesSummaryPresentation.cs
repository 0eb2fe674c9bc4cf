using System.Globalization;
using WorkingParty.Cards.Actions;
using WorkingParty.Cards.AdaptiveCards;
using WorkingParty.Cards.Views;

namespace WorkingParty.Cards.Presentation.Minutes;

/// <summary>The secretariat's check of an uploaded minutes file: what was read, then Publish or Discard.</summary>
internal static class MinutesSummaryPresentation
{
    private const int MaxEntries = 15;

    public static Reply Present(MinutesSummaryView summary, ReplyRequest _) => new(Card(summary), Text(summary));

    private static AdaptiveCard Card(MinutesSummaryView summary)
    {
        var body = new List<CardElement>(CardParts.Heading(Title(summary), summary.FileName));
        if (Banner(summary) is { } banner) body.Add(CardParts.Banner(banner.Text, banner.Style));
        body.Add(new FactSet(Facts(summary).Select(f => Fact.Literal(f.Title, f.Value)).ToList()));
        AddList(body, "Dates", summary.Dates.Select(DateLine).ToList());
        AddList(body, "Deadlines", summary.Deadlines.Select(DeadlineLine).ToList());
        return CardParts.Card(body, Title(summary), Buttons(summary));
    }

    private static string Text(MinutesSummaryView summary)
    {
        var text = new PlainText().Title(Title(summary), summary.FileName);
        if (Banner(summary) is { } banner) text.Paragraph(banner.Text);
        foreach (var (title, value) in Facts(summary)) text.Entry($"{title}: {value}");
        text.Paragraph("Dates:");
        foreach (var line in summary.Dates.Take(MaxEntries).Select(DateLine)) text.Entry(line);
        text.Paragraph("Deadlines:");
        foreach (var line in summary.Deadlines.Take(MaxEntries).Select(DeadlineLine)) text.Entry(line);
        if (summary.State == MinutesUploadState.Pending) text.Paragraph("Open the bot in Teams to publish or discard these minutes.");
        return text.ToString();
    }

    private static string Title(MinutesSummaryView summary) => $"Minutes read: {summary.Body}";

    private static (string Text, ContainerStyle Style)? Banner(MinutesSummaryView summary) => summary.State switch
    {
        MinutesUploadState.Published => ("Published: delegates can now ask about these minutes.", ContainerStyle.Good),
        MinutesUploadState.Discarded => ("Discarded: nothing was stored.", ContainerStyle.Warning),
        _ => ("Not published yet: check what was read, then publish or discard.", ContainerStyle.Emphasis),
    };

    private static IEnumerable<(string Title, string Value)> Facts(MinutesSummaryView summary)
    {
        yield return ("Meeting", summary.Title);
        yield return ("Date", Wording.DayAndDate(summary.MeetingDate) + (summary.DateInferred ? " (inferred; the minutes do not state it)" : ""));
        yield return ("Agenda items", Number(summary.Items));
        yield return ("Dates", Number(summary.Dates.Count));
        yield return ("Deadlines", Number(summary.Deadlines.Count));
    }

    private static void AddList(List<CardElement> body, string title, IReadOnlyList<string> lines)
    {
        if (lines.Count == 0) return;
        body.Add(CardParts.Strong(title) with { Separator = true, Spacing = Spacing.Medium });
        body.AddRange(lines.Take(MaxEntries).Select(CardParts.Bullet));
        if (lines.Count > MaxEntries) body.Add(TextBlock.Subtle($"and {Number(lines.Count - MaxEntries)} more"));
    }

    private static IReadOnlyList<CardAction>? Buttons(MinutesSummaryView summary) => summary.State switch
    {
        MinutesUploadState.Pending =>
        [
            CardParts.Send("Publish", new PublishMinutes(summary.UploadId)) with { Style = ActionStyle.Positive },
            CardParts.Send("Discard", new DiscardMinutes(summary.UploadId)) with { Style = ActionStyle.Destructive },
        ],
        MinutesUploadState.Published when summary.Deadlines.Count > 0 =>
            [CardParts.Send("Announce the deadlines", new AnnounceMinutes(summary.UploadId))],
        _ => null,
    };

    private static string DateLine(MinutesDate date) => $"{Wording.Date(date.Date)}: {date.Description}";

    private static string DeadlineLine(MinutesDeadline deadline) => $"{Wording.Date(deadline.Date)}: {deadline.Subject} (item {deadline.Item})";

    private static string Number(int count) => count.ToString(CultureInfo.InvariantCulture);
}
