using System.Text.Json.Serialization;

namespace WorkingParty.Cards.AdaptiveCards;

/// <summary>A button; the JSON "type" names the concrete kind.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ExecuteAction), "Action.Execute")]
[JsonDerivedType(typeof(SubmitAction), "Action.Submit")]
[JsonDerivedType(typeof(OpenUrlAction), "Action.OpenUrl")]
[JsonDerivedType(typeof(ToggleVisibilityAction), "Action.ToggleVisibility")]
public abstract record CardAction(string Title)
{
    public ActionStyle? Style { get; init; }
}

public enum ActionStyle { Default, Positive, Destructive }

/// <summary>
/// A Universal Action (the <c>adaptiveCard/action</c> invoke); clients without it use <see cref="Fallback"/>.
/// </summary>
public sealed record ExecuteAction(string Title, string Verb, ButtonData Data) : CardAction(Title)
{
    /// <summary>Whether the card's inputs travel with the action: "auto" (all of them) or "none".</summary>
    public string? AssociatedInputs { get; init; }
    public CardAction? Fallback { get; init; }
}

/// <summary>The older message-back submit; the data also carries the verb so both paths parse alike.</summary>
public sealed record SubmitAction(string Title, ButtonData Data) : CardAction(Title)
{
    public string? AssociatedInputs { get; init; }
}

public sealed record OpenUrlAction(string Title, Uri Url) : CardAction(Title);

public sealed record ToggleVisibilityAction(string Title, IReadOnlyList<string> TargetElements) : CardAction(Title);
