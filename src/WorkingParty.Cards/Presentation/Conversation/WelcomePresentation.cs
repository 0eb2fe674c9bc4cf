namespace WorkingParty.Cards.Presentation.Conversation;

/// <summary>The first card after the bot is installed or added to a conversation.</summary>
internal static class WelcomePresentation
{
    private const string Title = "Welcome to the Working Party Bot";

    private const string Introduction =
        "I answer questions about the working party's meetings from its minutes: the next meeting dates, " +
        "the open deadlines, the agenda and what was said under each item, always naming the meeting and item. " +
        "You can also send your delegation's written comments through me.";

    public static Reply Present(WelcomeView _, ReplyRequest __) => new(Card(), Text());

    private static AdaptiveCard Card()
    {
        var body = new List<CardElement>(CardParts.Heading(Title))
        {
            TextBlock.Literal(Introduction),
            TextBlock.Literal("Ask in your own words, or start here:") with { Spacing = Spacing.Medium },
            new ActionSet([
                CardParts.Ask(HelpPresentation.ExampleQuestions[0]),
                CardParts.Ask(HelpPresentation.ExampleQuestions[1]),
                CardParts.Send("What can I ask?", new ShowHelp()),
            ]),
        };
        return CardParts.Card(body, Title);
    }

    private static string Text() =>
        new PlainText().Title(Title).Paragraph(Introduction)
            .Paragraph($"Try: {Wording.Quoted(HelpPresentation.ExampleQuestions[0])}, {Wording.Quoted(HelpPresentation.ExampleQuestions[1])}, or \u201Chelp\u201D.")
            .ToString();
}
