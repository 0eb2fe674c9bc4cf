namespace WorkingParty.Cards.Presentation.Comments;

/// <summary>The late comments with "Accept as late" on each one still waiting.</summary>
internal static class LateCommentsPresentation
{
    private const string Title = "Late comments";
    private const string Empty = "No comments were sent after their deadline.";

    public static Reply Present(LateCommentsView view, ReplyRequest request) =>
        new(request.FitCard(page => Card(view, page)), Text(view, request.TextPage, request.Zone));

    private static AdaptiveCard Card(LateCommentsView view, ListPage page)
    {
        var body = new List<CardElement>(CardParts.Heading(Title, Subtitle(view)));
        if (view.Notice is not null) body.Add(CardParts.Notice(view.Notice, ContainerStyle.Good));
        if (view.Comments.Count == 0) body.Add(TextBlock.Literal(Empty));
        foreach (var late in page.Slice(view.Comments))
        {
            var entry = new List<CardElement> { CardParts.Strong(Wording.Shorten(late.Comment.Subject, 200)), TextBlock.Subtle(Status(late)) };
            entry.AddRange(CommentReceiptPresentation.Details(late.Comment));
            if (!late.IsAccepted) entry.Add(CardParts.Buttons(AcceptButton(view, late)));
            body.Add(CardParts.Entry(entry));
        }
        body.AddRange(page.Footer(view.Comments.Count));
        return CardParts.Card(body, Title);
    }

    private static string Text(LateCommentsView view, ListPage page, TimeZoneInfo zone)
    {
        var text = new PlainText().Title(Title, Subtitle(view));
        if (view.Notice is not null) text.Paragraph(view.Notice);
        if (view.Comments.Count == 0) text.Paragraph(Empty);
        foreach (var late in page.Slice(view.Comments))
        {
            text.Entry(late.Comment.Subject, [Status(late), .. CommentReceiptPresentation.Lines(late.Comment, zone), Wording.Shorten(late.Comment.Text, CardParts.PassageChars)]);
        }
        if (view.Comments.Any(late => !late.IsAccepted)) text.Paragraph("Open this chat in Teams to accept them.");
        return text.Footer(page, view.Comments.Count).ToString();
    }

    private static string Subtitle(LateCommentsView view) =>
        (view.DeadlineId is null ? "Sent after their deadline" : $"Sent after the deadline {view.DeadlineId}") +
        ". Once accepted, a comment is in the compilation, marked late.";

    private static string Status(LateCommentView late) =>
        (late.IsAccepted ? "Accepted as late" : "Waiting for your acceptance") + $"; written by {late.Author}";

    private static ExecuteAction AcceptButton(LateCommentsView view, LateCommentView late) =>
        CardParts.Send("Accept as late", new AcceptLateComment(late.Comment.DeadlineId, late.Comment.Reference, AllDeadlines: view.DeadlineId is null ? true : null))
            with { Style = ActionStyle.Positive };
}
