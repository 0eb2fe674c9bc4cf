using WorkingParty.Council;

namespace WorkingParty.Cards.Presentation;

/// <summary>The pieces every card is made of, so all cards look and behave alike: headings, entries, passages and buttons.</summary>
internal static class CardParts
{
    /// <summary>Passages longer than this are shortened on cards; the item card shows them whole.</summary>
    public const int PassageChars = 700;

    public static AdaptiveCard Card(IEnumerable<CardElement> body, string summary, IReadOnlyList<CardAction>? actions = null) =>
        new() { Body = body.ToList(), Actions = actions is { Count: > 0 } ? actions : null, FallbackText = summary };

    public static IEnumerable<CardElement> Heading(string title, string? subtitle = null)
    {
        yield return TextBlock.Literal(title) with { Size = TextSize.Large, Weight = TextWeight.Bolder };
        if (subtitle is not null) yield return TextBlock.Subtle(subtitle);
    }

    /// <summary>One entry of a list: separated from the one before, its parts close together.</summary>
    public static Container Entry(IEnumerable<CardElement> items) =>
        new(items.ToList()) { Separator = true, Spacing = Spacing.Medium };

    public static TextBlock Strong(string text) => TextBlock.Literal(text) with { Weight = TextWeight.Bolder };

    public static TextBlock Passage(string text, int maxChars = PassageChars) =>
        TextBlock.Literal(Wording.Shorten(text, maxChars)) with { Spacing = Spacing.Small };

    public static TextBlock Source(Citation source) => TextBlock.Subtle(Wording.CitationWithTitle(source));

    public static TextBlock Bullet(string text) => new($"• {Markdown.Escape(text)}") { Spacing = Spacing.None };

    public static Container Notice(string text, ContainerStyle style) =>
        new([TextBlock.Literal(text)]) { Style = style };

    /// <summary>A coloured band with a headline: how a card says at once that something worked, or did not.</summary>
    public static Container Banner(string headline, ContainerStyle style) =>
        new([TextBlock.Literal(headline) with { Size = TextSize.Medium, Weight = TextWeight.Bolder }]) { Style = style, Spacing = Spacing.None };

    /// <summary>The required choice of a delegation ("CZ (Czechia)"), as forms ask for it.</summary>
    public static InputChoiceSet DelegationInput(IEnumerable<Delegation> delegations, string? value, string errorMessage) =>
        new(delegations.Select(d => new Choice($"{d.Code} ({d.Country})", d.Code)).ToList())
        {
            Id = CardInputs.Delegation,
            Label = "Delegation",
            Value = value,
            IsRequired = true,
            ErrorMessage = errorMessage,
        };

    /// <summary>A button that sends the card's inputs with its data (forms).</summary>
    public static ExecuteAction Submit(string title, ButtonData data) => Button(title, data, inputs: "auto");

    /// <summary>A button that sends only its own data (navigation, acknowledgements).</summary>
    public static ExecuteAction Send(string title, ButtonData data) => Button(title, data, inputs: "none");

    public static ExecuteAction Ask(string question) => Send(question, new Actions.Ask(question));

    public static ExecuteAction OpenItem(Citation source, string title) => Send(title, new OpenItem(source.MeetingId, source.Item));

    public static ActionSet Buttons(params CardAction[] actions) => new(actions);

    /// <summary>A Universal Action, falling back to a submit with the same data for clients without them.</summary>
    private static ExecuteAction Button(string title, ButtonData data, string inputs) =>
        new(title, data.Verb, data)
        {
            AssociatedInputs = inputs,
            Fallback = new SubmitAction(title, data) { AssociatedInputs = inputs },
        };
}
