namespace WorkingParty.Cards.Presentation.Answers;

/// <summary>
/// Answers that are a list of cited passages: what an actor said, where a document is mentioned,
/// what continues at a coming meeting. Each passage can open its item.
/// </summary>
internal static class CitedPassagesPresentation
{
    public static Reply Present(ActorStatementsAnswer answer, ReplyRequest request) => Present(Titles(answer), answer.Statements, request);

    public static Reply Present(DocumentAnswer answer, ReplyRequest request) => Present(Titles(answer), answer.Mentions, request);

    public static Reply Present(CarryOverAnswer answer, ReplyRequest request) => Present(Titles(answer), answer.Items, request);

    private static Reply Present((string Title, string Empty) titles, IReadOnlyList<CitedText> passages, ReplyRequest request) =>
        new(request.FitCard(page => Card(titles.Title, titles.Empty, passages, page)), Text(titles.Title, titles.Empty, passages, request.TextPage));

    private static AdaptiveCard Card(string title, string empty, IReadOnlyList<CitedText> passages, ListPage page)
    {
        var body = new List<CardElement>(CardParts.Heading(title));
        if (passages.Count == 0) body.Add(TextBlock.Literal(empty));
        foreach (var passage in page.Slice(passages))
        {
            body.Add(CardParts.Entry([
                CardParts.Strong(Wording.CitationWithTitle(passage.Source)),
                CardParts.Passage(passage.Text),
                CardParts.Buttons(CardParts.OpenItem(passage.Source, $"Open item {passage.Source.Item}")),
            ]));
        }
        body.AddRange(page.Footer(passages.Count));
        return CardParts.Card(body, title);
    }

    private static string Text(string title, string empty, IReadOnlyList<CitedText> passages, ListPage page)
    {
        var text = new PlainText().Title(title);
        if (passages.Count == 0) text.Paragraph(empty);
        foreach (var passage in page.Slice(passages))
        {
            text.Entry(Wording.CitationWithTitle(passage.Source), passage.Text);
        }
        return text.Footer(page, passages.Count).ToString();
    }

    private static (string Title, string Empty) Titles(ActorStatementsAnswer answer) =>
        ($"{answer.Actor}: what was said", $"The minutes record nothing said by {answer.Actor}.");

    private static (string Title, string Empty) Titles(DocumentAnswer answer) =>
        ($"Document {answer.Reference}", $"The minutes do not mention {answer.Reference}.");

    private static (string Title, string Empty) Titles(CarryOverAnswer _) =>
        ("Continued at a coming meeting", "The minutes carry nothing over to a coming meeting.");
}
