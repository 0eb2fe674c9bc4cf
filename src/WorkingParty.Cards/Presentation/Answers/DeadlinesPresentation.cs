using WorkingParty.Answers.Model;
using WorkingParty.Cards.Actions;
using WorkingParty.Cards.AdaptiveCards;

namespace WorkingParty.Cards.Presentation.Answers;

internal static class DeadlinesPresentation
{
    public static Reply Present(DeadlinesAnswer answer, ReplyRequest request) =>
        new(request.FitCard(page => Card(answer, page)), Text(answer, request.TextPage));

    private static AdaptiveCard Card(DeadlinesAnswer answer, ListPage page)
    {
        var body = new List<CardElement>(CardParts.Heading(Title(answer), $"As of {Wording.DayAndDate(answer.Today)}"));
        if (answer.Deadlines.Count == 0) body.Add(TextBlock.Literal(Empty(answer)));
        foreach (var deadline in page.Slice(answer.Deadlines))
        {
            body.Add(CardParts.Entry(Entry(deadline, canComment: !answer.Past && deadline.DaysLeft >= 0)));
        }
        body.AddRange(page.Footer(answer.Deadlines.Count));
        return CardParts.Card(body, Title(answer));
    }

    private static string Text(DeadlinesAnswer answer, ListPage page)
    {
        var text = new PlainText().Title(Title(answer), $"As of {Wording.DayAndDate(answer.Today)}");
        if (answer.Deadlines.Count == 0) text.Paragraph(Empty(answer));
        foreach (var deadline in page.Slice(answer.Deadlines))
        {
            text.Entry(
                $"{Wording.DayAndDate(deadline.Date)} ({Wording.DaysLeft(deadline.DaysLeft)})",
                $"Requested: {deadline.Subject}",
                $"From: {deadline.RequestedFrom}",
                $"Documents: {Wording.Documents(deadline.Documents)}",
                deadline.ChangedBy is null ? null : $"Changed by {deadline.ChangedBy}",
                Wording.CitationWithTitle(deadline.Source));
        }
        return text.Footer(page, answer.Deadlines.Count).ToString();
    }

    private static string Title(DeadlinesAnswer answer) => answer.Past ? "Past deadlines" : "Open deadlines";

    private static string Empty(DeadlinesAnswer answer) =>
        answer.Past ? "The minutes record no past deadline." : "No deadline is open.";

    private static IEnumerable<CardElement> Entry(DeadlineEntry deadline, bool canComment)
    {
        yield return new ColumnSet([
            new Column([CardParts.Strong(Wording.DayAndDate(deadline.Date))]) { Width = "stretch" },
            new Column([TextBlock.Literal(Wording.DaysLeft(deadline.DaysLeft)) with
            {
                Weight = TextWeight.Bolder,
                Color = deadline.DaysLeft <= 2 ? TextColor.Attention : TextColor.Accent,
            }]) { Width = "auto" },
        ]);
        yield return new FactSet([
            Fact.Literal("Requested", Wording.Shorten(deadline.Subject, CardParts.PassageChars)),
            Fact.Literal("From", deadline.RequestedFrom),
            Fact.Literal("Documents", Wording.Documents(deadline.Documents)),
            Fact.Literal("Item", Wording.CitationWithTitle(deadline.Source)),
        ]) { Spacing = Spacing.Small };
        if (deadline.ChangedBy is not null)
        {
            yield return TextBlock.Literal($"Changed by {deadline.ChangedBy}") with { Color = TextColor.Warning, Spacing = Spacing.Small };
        }
        if (canComment)
        {
            yield return CardParts.Buttons(CardParts.Send("Write comments", new WriteComment(deadline.Id)));
        }
    }
}
