namespace WorkingParty.Cards.Presentation.Answers;

/// <summary>
/// "What the minutes say": no rule answered the question for certain, so the closest sentences are quoted, each with
/// its citation and the words that matched in bold. Worded as quotes, never as the bot's own answer.
/// </summary>
internal static class PassagesPresentation
{
    private const string Title = "What the minutes say";

    public static Reply Present(PassagesAnswer answer, ReplyRequest request) =>
        new(request.FitCard(page => Card(answer, page)), Text(answer, request.TextPage));

    private static AdaptiveCard Card(PassagesAnswer answer, ListPage page)
    {
        var body = new List<CardElement>(CardParts.Heading(Title, Subtitle(answer)));
        body.AddRange(page.Slice(answer.Passages).Select(QuotedPassageEntries.Card));
        body.AddRange(page.Footer(answer.Passages.Count));
        return CardParts.Card(body, Title);
    }

    private static string Text(PassagesAnswer answer, ListPage page)
    {
        var text = new PlainText().Title(Title, Subtitle(answer));
        foreach (var passage in page.Slice(answer.Passages))
        {
            QuotedPassageEntries.Text(text, passage);
        }
        return text.Footer(page, answer.Passages.Count).ToString();
    }

    private static string Subtitle(PassagesAnswer answer) =>
        $"Nothing answers {Wording.Quoted(answer.Question)} for certain; these sentences of {Wording.MinutesOf(answer.Scope)} come closest.";
}
