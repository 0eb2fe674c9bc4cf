namespace WorkingParty.Cards.Presentation.Answers;

/// <summary>
/// "Which delegations spoke on X?": the speakers, then the sentences they were read from, each cited and opening its
/// item, the matched words in bold, so that the delegate sees who said what.
/// </summary>
internal static class SpeakersPresentation
{
    private const string Title = "Who spoke";

    public static Reply Present(SpeakersAnswer answer, ReplyRequest request) =>
        new(request.FitCard(page => Card(answer, page)), Text(answer, request.TextPage));

    private static AdaptiveCard Card(SpeakersAnswer answer, ListPage page)
    {
        var body = new List<CardElement>(CardParts.Heading(Title, Subtitle(answer)));
        body.Add(CardParts.Strong(string.Join(", ", answer.Actors)));
        body.AddRange(page.Slice(answer.Passages).Select(QuotedPassageEntries.Card));
        body.AddRange(page.Footer(answer.Passages.Count));
        return CardParts.Card(body, Title);
    }

    private static string Text(SpeakersAnswer answer, ListPage page)
    {
        var text = new PlainText().Title(Title, Subtitle(answer)).Paragraph(string.Join(", ", answer.Actors));
        foreach (var passage in page.Slice(answer.Passages))
        {
            QuotedPassageEntries.Text(text, passage);
        }
        return text.Footer(page, answer.Passages.Count).ToString();
    }

    private static string Subtitle(SpeakersAnswer answer) =>
        $"Speakers in the sentences of {Wording.MinutesOf(answer.Scope)} on {Wording.Quoted(answer.Question)}:";
}
