namespace WorkingParty.Cards.Presentation.Comments;

/// <summary>The receipt that replaces the form, and each entry of "my comments".</summary>
internal static class CommentReceiptPresentation
{
    public static Reply Present(CommentReceiptView receipt, ReplyRequest request) => new(Card(receipt), Text(receipt, request.Zone));

    private static AdaptiveCard Card(CommentReceiptView receipt)
    {
        var body = new List<CardElement>
        {
            CardParts.Banner(Title(receipt), receipt.State == CommentState.Withdrawn ? ContainerStyle.Warning : ContainerStyle.Good),
        };
        if (receipt.Notice is not null) body.Add(CardParts.Notice(receipt.Notice, ContainerStyle.Attention));
        body.AddRange(Details(receipt));
        return CardParts.Card(body, Title(receipt), Buttons(receipt));
    }

    private static string Text(CommentReceiptView receipt, TimeZoneInfo zone)
    {
        var text = new PlainText().Title(Title(receipt));
        if (receipt.Notice is not null) text.Paragraph(receipt.Notice);
        return text.Entry(receipt.Subject, Lines(receipt, zone)).Paragraph(receipt.Text).ToString();
    }

    /// <summary>The facts and the text of a comment, shared by the receipt and "my comments".</summary>
    public static IEnumerable<CardElement> Details(CommentReceiptView receipt)
    {
        yield return TextBlock.WithLocalTime("Received on ", receipt.ReceivedAt, LateNote(receipt)) with { Spacing = Spacing.Small };
        yield return new FactSet(Facts(receipt).Select(fact => Fact.Literal(fact.Title, fact.Value)).ToList());
        if (receipt.State != CommentState.Withdrawn)
        {
            yield return new Container([CardParts.Passage(receipt.Text)]) { Style = ContainerStyle.Emphasis, Spacing = Spacing.Small };
        }
    }

    public static IReadOnlyList<CardAction> Buttons(CommentReceiptView receipt) =>
        receipt.CanChange && receipt.State != CommentState.Withdrawn
            ? [
                CardParts.Send("Edit", new EditComment(receipt.Reference, receipt.Version)),
                CardParts.Send("Withdraw", new WithdrawComment(receipt.Reference, receipt.Version)) with { Style = ActionStyle.Destructive },
            ]
            : [];

    public static IEnumerable<string> Lines(CommentReceiptView receipt, TimeZoneInfo zone) =>
        [$"Received: {Wording.Time(receipt.ReceivedAt, zone)}{LateNote(receipt)}", .. Facts(receipt).Select(fact => $"{fact.Title}: {fact.Value}")];

    private static string LateNote(CommentReceiptView receipt) => receipt.IsLate ? " (late, accepted by the secretariat)" : "";

    private static IEnumerable<(string Title, string Value)> Facts(CommentReceiptView receipt)
    {
        yield return ("Reference", receipt.Reference);
        yield return ("Delegation", receipt.Delegation);
        yield return ("Deadline", $"{Wording.DayAndDate(receipt.DeadlineDate)}: {Wording.Shorten(receipt.Subject, 200)}");
        if (receipt.Document is not null) yield return ("Document", receipt.Document);
        if (receipt.Version > 1) yield return ("Version", receipt.Version.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (receipt.CanChange) yield return ("Changes", $"possible until the end of {Wording.Date(receipt.DeadlineDate)}");
    }

    private static string Title(CommentReceiptView receipt) => receipt.State switch
    {
        CommentState.Updated => "Your changes are saved",
        CommentState.Withdrawn => "Your comments are withdrawn",
        _ => "Your comments are received",
    };
}
