namespace WorkingParty.Cards.AdaptiveCards;

/// <summary>
/// A block of text. Teams renders a subset of markdown in <see cref="Text"/>: build blocks that show text
/// from minutes or users with <see cref="Literal"/>, which escapes it.
/// </summary>
public sealed record TextBlock(string Text) : CardElement
{
    public bool? Wrap { get; init; } = true;
    public TextSize? Size { get; init; }
    public TextWeight? Weight { get; init; }
    public TextColor? Color { get; init; }
    public bool? IsSubtle { get; init; }
    public int? MaxLines { get; init; }

    /// <summary>A block that shows <paramref name="text"/> exactly as typed.</summary>
    public static TextBlock Literal(string text) => new(Markdown.Escape(text));

    /// <summary>Our own words around a moment Teams writes in the reader's time zone: "Received on " + moment + " (late)".</summary>
    public static TextBlock WithLocalTime(string before, DateTimeOffset moment, string after = "") =>
        new(Markdown.Escape(before) + LocalTime.Of(moment) + Markdown.Escape(after));

    public static TextBlock Heading(string text) =>
        Literal(text) with { Size = TextSize.Medium, Weight = TextWeight.Bolder };

    public static TextBlock Subtle(string text) => Literal(text) with { IsSubtle = true, Spacing = AdaptiveCards.Spacing.None };
}
