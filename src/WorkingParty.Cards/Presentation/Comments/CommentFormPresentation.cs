namespace WorkingParty.Cards.Presentation.Comments;

internal static class CommentFormPresentation
{
    public static Reply Present(CommentFormView form, ReplyRequest _) => new(Card(form), Text(form));

    private static AdaptiveCard Card(CommentFormView form)
    {
        var deadline = form.Deadline;
        var body = new List<CardElement>(CardParts.Heading(Title(form), $"Due {Wording.DayAndDate(deadline.Date)} ({Wording.DaysLeft(deadline.DaysLeft)})"))
        {
            new FactSet([
                Fact.Literal("Requested", Wording.Shorten(deadline.Subject, CardParts.PassageChars)),
                Fact.Literal("Item", Wording.CitationWithTitle(deadline.Source)),
            ]),
        };
        if (form.Error is not null) body.Add(CardParts.Notice(form.Error, ContainerStyle.Attention));
        body.Add(CardParts.DelegationInput(form.Delegations, form.Delegation, "Choose the delegation you write for.") with { Placeholder = "Choose your delegation" });
        body.Add(new InputText
        {
            Id = CardInputs.Comment,
            Label = "Comments",
            Placeholder = "Your delegation's written comments",
            Value = form.Text,
            IsMultiline = true,
            MaxLength = form.MaxLength,
            IsRequired = true,
            ErrorMessage = $"Write your comments (at most {form.MaxLength} characters).",
        });
        body.Add(DocumentInput(form));
        var submit = new SubmitComment(deadline.Id, form.Nonce, form.CommentId, form.Version);
        return CardParts.Card(body, Title(form), [CardParts.Submit(form.CommentId is null ? "Send comments" : "Save changes", submit) with { Style = ActionStyle.Positive }]);
    }

    private static string Text(CommentFormView form) =>
        new PlainText()
            .Title(Title(form), $"Due {Wording.DayAndDate(form.Deadline.Date)} ({Wording.DaysLeft(form.Deadline.DaysLeft)})")
            .Paragraph($"Requested: {form.Deadline.Subject}")
            .Paragraph(form.Error ?? $"This chat cannot show the comment form. Open the bot in Teams to send comments (at most {form.MaxLength} characters).")
            .ToString();

    private static string Title(CommentFormView form) => form.CommentId is null ? "Written comments" : $"Edit comments {form.CommentId}";

    /// <summary>A choice of the deadline's documents when it names any, free text otherwise; optional either way.</summary>
    private static CardElement DocumentInput(CommentFormView form) => form.Deadline.Documents.Count > 0
        ? new InputChoiceSet(form.Deadline.Documents.Select(document => new Choice(document, document)).ToList())
        {
            Id = CardInputs.Document,
            Label = "Document (optional)",
            Placeholder = "The request as a whole",
            Value = form.Document,
        }
        : new InputText
        {
            Id = CardInputs.Document,
            Label = "Document (optional)",
            Placeholder = "e.g. doc. 7130/17",
            Value = form.Document,
            MaxLength = 100,
        };
}
