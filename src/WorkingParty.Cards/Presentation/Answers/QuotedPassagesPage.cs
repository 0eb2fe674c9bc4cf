namespace WorkingParty.Cards.Presentation.Answers;

/// <summary>
/// Quoted sentences of the minutes (<see cref="QuotedPassageEntries"/>) a page at a time, under a heading and an optional
/// line in bold (the speakers), with the page's footer: the reply of <see cref="PassagesPresentation"/> and
/// <see cref="SpeakersPresentation"/>.
/// </summary>
internal static class QuotedPassagesPage
{
    public static Reply Present(string title, string subtitle, string? lead, IReadOnlyList<QuotedPassage> passages, ReplyRequest request) =>
        new(request.FitCard(page => Card(title, subtitle, lead, passages, page)), Text(title, subtitle, lead, passages, request.TextPage));

    private static AdaptiveCard Card(string title, string subtitle, string? lead, IReadOnlyList<QuotedPassage> passages, ListPage page)
    {
        var body = new List<CardElement>(CardParts.Heading(title, subtitle));
        if (lead is not null)
            body.Add(CardParts.Strong(lead));
        body.AddRange(page.Slice(passages).Select(QuotedPassageEntries.Card));
        body.AddRange(page.Footer(passages.Count));
        return CardParts.Card(body, title);
    }

    private static string Text(string title, string subtitle, string? lead, IReadOnlyList<QuotedPassage> passages, ListPage page)
    {
        var text = new PlainText().Title(title, subtitle);
        if (lead is not null)
            text.Paragraph(lead);
        foreach (var passage in page.Slice(passages))
        {
            QuotedPassageEntries.Text(text, passage);
        }
        return text.Footer(page, passages.Count).ToString();
    }
}
