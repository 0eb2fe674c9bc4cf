namespace WorkingParty.Cards.AdaptiveCards;

/// <summary>Title/value pairs. Teams reads markdown in both, so build them with <see cref="Fact.Literal"/>.</summary>
public sealed record FactSet(IReadOnlyList<Fact> Facts) : CardElement;

public sealed record Fact(string Title, string Value)
{
    public static Fact Literal(string title, string value) => new(Markdown.Escape(title), Markdown.Escape(value));
}
