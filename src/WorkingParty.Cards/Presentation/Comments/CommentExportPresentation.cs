using System.Globalization;
using WorkingParty.Cards.Actions;
using WorkingParty.Cards.AdaptiveCards;
using WorkingParty.Cards.Views;

namespace WorkingParty.Cards.Presentation.Comments;

internal static class CommentExportPresentation
{
    private const string Title = "Compilation of written comments";
    private const string ExpiryTitle = "Links valid until";

    public static Reply Present(CommentExportView export, ReplyRequest request) => new(Card(export), Text(export, request.Zone));

    private static AdaptiveCard Card(CommentExportView export) =>
        CardParts.Card(
            [
                .. CardParts.Heading(Title, Wording.Shorten(export.Subject, 200)),
                new FactSet(Facts(export).Select(fact => Fact.Literal(fact.Title, fact.Value)).ToList()),
                TextBlock.WithLocalTime($"{ExpiryTitle} ", export.ExpiresAt),
            ],
            Title,
            [
                new OpenUrlAction("Download Word (.docx)", export.Docx),
                new OpenUrlAction("Download CSV", export.Csv),
                .. export.AwaitingLate > 0 ? [CardParts.Send("Review late comments", new ShowLateComments(export.DeadlineId))] : Array.Empty<CardAction>(),
            ]);

    private static string Text(CommentExportView export, TimeZoneInfo zone)
    {
        var text = new PlainText().Title(Title, export.Subject);
        text.Entry("Details", [.. Facts(export).Select(fact => $"{fact.Title}: {fact.Value}"), $"{ExpiryTitle}: {Wording.Time(export.ExpiresAt, zone)}"]);
        text.Paragraph($"Word: {export.Docx}").Paragraph($"CSV: {export.Csv}");
        if (export.AwaitingLate > 0) text.Paragraph($"To review the late ones, type \u201Clate comments {export.DeadlineId}\u201D.");
        return text.ToString();
    }

    private static IEnumerable<(string Title, string Value)> Facts(CommentExportView export)
    {
        yield return ("Deadline", Wording.DayAndDate(export.DeadlineDate));
        yield return ("Reference", export.DeadlineId);
        yield return ("Comments", export.CommentCount.ToString(CultureInfo.InvariantCulture));
        if (export.AwaitingLate > 0) yield return ("Late, not yet accepted", $"{export.AwaitingLate.ToString(CultureInfo.InvariantCulture)} (not in the compilation)");
    }
}
