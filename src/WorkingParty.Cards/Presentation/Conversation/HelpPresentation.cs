namespace WorkingParty.Cards.Presentation.Conversation;

/// <summary>What the bot can do, with example questions to click; the secretariat also sees its own commands.</summary>
internal static class HelpPresentation
{
    private const string Title = "What I can do";

    private static readonly string[] Abilities =
    [
        "Tell you when the next meetings and workshops are, and add them to your calendar.",
        "List the open deadlines, and take your delegation's written comments.",
        "Show the agenda of a meeting, and what was said under each item, and by whom.",
        "Find what a delegation or an agency said, and where a document was discussed.",
        "Every answer names the meeting and the agenda item it comes from.",
    ];

    private static readonly string[] SecretariatAbilities =
    [
        "Say \u201Cannounce\u201D to send an announcement to every delegate, with a date change if needed.",
        "Send me minutes (PDF, DOCX or text) to check and correct what I read, then publish them.",
        "Say \u201Cminutes\u201D to list the stored minutes, and withdraw or restore them.",
        "Ask to export the comments of a deadline; say \u201Clate comments\u201D to accept those sent after it.",
        "Say \u201Cdelegations\u201D to confirm or change who writes for which delegation.",
    ];

    public static readonly string[] ExampleQuestions =
    [
        "When is the next meeting?",
        "Which deadlines are open?",
        "What is on the agenda?",
        "What did ENISA say?",
        "my comments",
    ];

    public static Reply Present(HelpView help, ReplyRequest _) => new(Card(help.ForSecretariat), Text(help.ForSecretariat));

    private static AdaptiveCard Card(bool forSecretariat)
    {
        var body = new List<CardElement>(CardParts.Heading(Title));
        body.AddRange(Abilities.Select(CardParts.Bullet));
        if (forSecretariat)
        {
            body.Add(CardParts.Strong("For the secretariat") with { Spacing = Spacing.Medium });
            body.AddRange(SecretariatAbilities.Select(CardParts.Bullet));
        }
        body.Add(CardParts.Strong("Try asking") with { Spacing = Spacing.Medium });
        body.Add(new ActionSet(ExampleQuestions.Select(question => (CardAction)CardParts.Ask(question)).ToList()));
        return CardParts.Card(body, Title);
    }

    private static string Text(bool forSecretariat)
    {
        var text = new PlainText().Title(Title);
        foreach (var ability in Abilities) text.Entry(ability);
        if (forSecretariat)
        {
            text.Paragraph("For the secretariat:");
            foreach (var ability in SecretariatAbilities) text.Entry(ability);
        }
        text.Paragraph("Try asking:");
        foreach (var question in ExampleQuestions) text.Entry(question);
        return text.ToString();
    }
}
