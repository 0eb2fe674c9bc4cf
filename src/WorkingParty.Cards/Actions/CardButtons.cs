using WorkingParty.Cards.AdaptiveCards;

namespace WorkingParty.Cards.Actions;

/// <summary>Buttons that send <see cref="CardActionData"/>: a Universal Action, falling back to a submit with the same data.</summary>
public static class CardButtons
{
    /// <summary>A button that sends the card's inputs with it (forms).</summary>
    public static ExecuteAction Submit(string title, CardActionData data) =>
        Execute(title, data, inputs: "auto");

    /// <summary>A button that sends only its own data (navigation, acknowledgements).</summary>
    public static ExecuteAction Send(string title, CardActionData data) =>
        Execute(title, data, inputs: "none");

    public static ExecuteAction Ask(string question) => Send(question, new CardActionData(CardVerbs.Ask) { Question = question });

    private static ExecuteAction Execute(string title, CardActionData data, string inputs) =>
        new(title, data.Verb, data)
        {
            AssociatedInputs = inputs,
            Fallback = new SubmitAction(title, data) { AssociatedInputs = inputs },
        };
}
