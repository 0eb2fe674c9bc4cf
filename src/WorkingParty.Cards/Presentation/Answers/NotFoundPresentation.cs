namespace WorkingParty.Cards.Presentation.Answers;

internal static class NotFoundPresentation
{
    private const int MaxSuggestions = 3;

    public static Reply Present(NotFoundAnswer answer, ReplyRequest _) => new(Card(answer), Text(answer));

    private static AdaptiveCard Card(NotFoundAnswer answer)
    {
        var body = new List<CardElement>(CardParts.Heading(Title(answer)));
        if (Unfound(answer) is { } unfound) body.Add(TextBlock.Literal(unfound));
        var suggestions = answer.Suggestions.Take(MaxSuggestions).ToList();
        body.Add(TextBlock.Literal(suggestions.Count > 0 ? "Perhaps one of these items:" : NoSuggestion));
        var buttons = suggestions
            .Select(source => (CardAction)CardParts.OpenItem(source, Wording.Shorten($"Item {source.Item}: {source.ItemTitle}", 60)))
            .Append(CardParts.Send("What can I ask?", new ShowHelp()));
        body.Add(new ActionSet(buttons.ToList()));
        return CardParts.Card(body, Title(answer));
    }

    private static string Text(NotFoundAnswer answer)
    {
        var text = new PlainText().Title(Title(answer));
        if (Unfound(answer) is { } unfound) text.Paragraph(unfound);
        var suggestions = answer.Suggestions.Take(MaxSuggestions).ToList();
        text.Paragraph(suggestions.Count > 0 ? "Perhaps one of these items:" : NoSuggestion);
        foreach (var source in suggestions) text.Entry(Wording.CitationWithTitle(source));
        return text.Paragraph("Say \u201Chelp\u201D to see what you can ask.").ToString();
    }

    private static string Title(NotFoundAnswer answer) => answer.Scope.Count == 0
        ? $"I found nothing certain for {Wording.Quoted(answer.Question)}"
        : $"I found nothing certain in {Wording.MinutesOf(answer.Scope)} for {Wording.Quoted(answer.Question)}";

    /// <summary>"Not in any minutes: “zorblat”, “levy”.", or null when every topic word is somewhere in the minutes.</summary>
    private static string? Unfound(NotFoundAnswer answer) => answer.Unfound.Count == 0
        ? null
        : $"Not in any minutes: {string.Join(", ", answer.Unfound.Select(Wording.Quoted))}.";

    private const string NoSuggestion = "No item of the minutes comes close.";
}
