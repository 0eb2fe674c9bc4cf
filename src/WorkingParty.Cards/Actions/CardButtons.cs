using WorkingParty.Cards.AdaptiveCards;

namespace WorkingParty.Cards.Actions;

/// <summary>Buttons that send <see cref="ButtonData"/>: a Universal Action, falling back to a submit with the same data.</summary>
public static class CardButtons
{
    /// <summary>A button that sends the card's inputs with it (forms).</summary>
    public static ExecuteAction Submit(string title, ButtonData data) =>
        Execute(title, data, inputs: "auto");

    /// <summary>A button that sends only its own data (navigation, acknowledgements).</summary>
    public static ExecuteAction Send(string title, ButtonData data) =>
        Execute(title, data, inputs: "none");

    public static ExecuteAction Ask(string question) => Send(question, new Actions.Ask(question));

    private static ExecuteAction Execute(string title, ButtonData data, string inputs) =>
        new(title, data.Verb, data)
        {
            AssociatedInputs = inputs,
            Fallback = new SubmitAction(title, data) { AssociatedInputs = inputs },
        };
}
