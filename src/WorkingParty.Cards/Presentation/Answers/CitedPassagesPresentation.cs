using WorkingParty.Answers.Model;
using WorkingParty.Cards.AdaptiveCards;

namespace WorkingParty.Cards.Presentation.Answers;

/// <summary>
/// Answers that are a list of cited passages: what an actor said, where a document is mentioned,
/// what continues at a coming meeting. Each passage can open its item.
/// </summary>
internal static class CitedPassagesPresentation
{
    public static AdaptiveCard Card(string title, string empty, IReadOnlyList<CitedText> passages, ListPage page)
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

    public static string Text(string title, string empty, IReadOnlyList<CitedText> passages, ListPage page)
    {
        var text = new PlainText().Title(title);
        if (passages.Count == 0) text.Paragraph(empty);
        foreach (var passage in page.Slice(passages))
        {
            text.Entry(Wording.CitationWithTitle(passage.Source), passage.Text);
        }
        return text.Footer(page, passages.Count).ToString();
    }

    public static (string Title, string Empty) Titles(ActorStatementsAnswer answer) =>
        ($"{answer.Actor}: what was said", $"The minutes record nothing said by {answer.Actor}.");

    public static (string Title, string Empty) Titles(DocumentAnswer answer) =>
        ($"Document {answer.Reference}", $"The minutes do not mention {answer.Reference}.");

    public static (string Title, string Empty) Titles(CarryOverAnswer _) =>
        ("Continued at a coming meeting", "The minutes carry nothing over to a coming meeting.");
}
