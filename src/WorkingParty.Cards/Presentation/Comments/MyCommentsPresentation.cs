namespace WorkingParty.Cards.Presentation.Comments;

internal static class MyCommentsPresentation
{
    private const string Title = "My comments";
    private const string Empty = "You have not sent any comments yet. Open deadlines have a \u201CWrite comments\u201D button.";

    /// <summary>A long list pages through the "my comments" button, not through a question.</summary>
    public static Reply Present(MyCommentsView view, ReplyRequest request) =>
        new(request.FitCard(page => Card(view, page), next => new ShowMyComments(next)),
            Text(view, request.TextPage, request.Zone));

    private static AdaptiveCard Card(MyCommentsView view, ListPage page)
    {
        var body = new List<CardElement>(CardParts.Heading(Title));
        if (view.Comments.Count == 0) body.Add(TextBlock.Literal(Empty));
        foreach (var comment in page.Slice(view.Comments))
        {
            var entry = new List<CardElement> { CardParts.Strong(Wording.Shorten(comment.Subject, 200)) };
            entry.AddRange(CommentReceiptPresentation.Details(comment));
            var buttons = CommentReceiptPresentation.Buttons(comment);
            if (buttons.Count > 0) entry.Add(new ActionSet(buttons));
            body.Add(CardParts.Entry(entry));
        }
        body.AddRange(page.Footer(view.Comments.Count));
        return CardParts.Card(body, Title);
    }

    private static string Text(MyCommentsView view, ListPage page, TimeZoneInfo zone)
    {
        var text = new PlainText().Title(Title);
        if (view.Comments.Count == 0) text.Paragraph(Empty);
        foreach (var comment in page.Slice(view.Comments))
        {
            text.Entry(comment.Subject, [.. CommentReceiptPresentation.Lines(comment, zone), Wording.Shorten(comment.Text, CardParts.PassageChars)]);
        }
        return text.Footer(page, view.Comments.Count).ToString();
    }
}
