using System.Globalization;
using WorkingParty.Cards.AdaptiveCards;
using WorkingParty.Cards.Views;

namespace WorkingParty.Cards.Presentation.Comments;

internal static class CommentExportPresentation
{
    private const string Title = "Compilation of written comments";

    public static AdaptiveCard Card(CommentExportView export) =>
        CardParts.Card(
            [
                .. CardParts.Heading(Title, Wording.Shorten(export.Subject, 200)),
                new FactSet(Facts(export).Select(fact => Fact.Literal(fact.Title, fact.Value)).ToList()),
            ],
            Title,
            [new OpenUrlAction("Download Word (.docx)", export.Docx), new OpenUrlAction("Download CSV", export.Csv)]);

    public static string Text(CommentExportView export)
    {
        var text = new PlainText().Title(Title, export.Subject);
        text.Entry("Details", [.. Facts(export).Select(fact => $"{fact.Title}: {fact.Value}")]);
        return text.Paragraph($"Word: {export.Docx}").Paragraph($"CSV: {export.Csv}").ToString();
    }

    private static IEnumerable<(string Title, string Value)> Facts(CommentExportView export)
    {
        yield return ("Deadline", Wording.DayAndDate(export.DeadlineDate));
        yield return ("Reference", export.DeadlineId);
        yield return ("Comments", export.CommentCount.ToString(CultureInfo.InvariantCulture));
        yield return ("Links valid until", Wording.Time(export.ExpiresAt));
    }
}
