namespace WorkingParty.Cards.Presentation.Answers;

internal static class AgendaItemPresentation
{
    public static Reply Present(AgendaItemAnswer answer, ReplyRequest request) =>
        new(request.FitCard(page => Card(answer, page)), Text(answer, request.TextPage));

    private static AdaptiveCard Card(AgendaItemAnswer answer, ListPage page)
    {
        var body = new List<CardElement>(CardParts.Heading(Title(answer), Wording.Citation(answer.Source)));
        body.Add(Section("What was said"));
        if (answer.Said.Count == 0) body.Add(TextBlock.Literal("The minutes record nothing under this item."));
        foreach (var said in page.Slice(answer.Said))
        {
            body.Add(new Container([
                TextBlock.Literal(Wording.Speakers(said.Actors)) with { Weight = TextWeight.Bolder, Color = TextColor.Accent },
                CardParts.Passage(said.Text),
            ]) { Spacing = Spacing.Medium });
        }
        body.AddRange(page.Footer(answer.Said.Count));
        body.Add(Section("Documents"));
        body.Add(TextBlock.Literal(Wording.Documents(answer.Documents)));
        if (answer.FollowUps.Count > 0)
        {
            body.Add(Section("Follow-ups"));
            body.AddRange(answer.FollowUps.Take(page.Size).Select(followUp => CardParts.Bullet(Wording.Shorten(followUp, CardParts.PassageChars))));
        }
        return CardParts.Card(body, Title(answer));
    }

    private static string Text(AgendaItemAnswer answer, ListPage page)
    {
        var text = new PlainText().Title(Title(answer), Wording.Citation(answer.Source)).Paragraph("What was said:");
        foreach (var said in page.Slice(answer.Said))
        {
            text.Entry($"{Wording.Speakers(said.Actors)}: {said.Text}");
        }
        text.Footer(page, answer.Said.Count).Paragraph($"Documents: {Wording.Documents(answer.Documents)}");
        if (answer.FollowUps.Count > 0)
        {
            text.Paragraph("Follow-ups:");
            foreach (var followUp in answer.FollowUps.Take(page.Size)) text.Entry(followUp);
        }
        return text.ToString();
    }

    private static string Title(AgendaItemAnswer answer) => $"Item {answer.Source.Item}. {answer.Source.ItemTitle}";

    private static TextBlock Section(string title) =>
        TextBlock.Literal(title) with { Weight = TextWeight.Bolder, Size = TextSize.Medium, Spacing = Spacing.Large, Separator = true };
}
