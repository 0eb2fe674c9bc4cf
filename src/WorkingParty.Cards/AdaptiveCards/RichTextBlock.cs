namespace WorkingParty.Cards.AdaptiveCards;

/// <summary>Runs of text with their own styling. Text runs are never read as markdown.</summary>
public sealed record RichTextBlock(IReadOnlyList<TextRun> Inlines) : CardElement;

public sealed record TextRun(string Text)
{
    public string Type => "TextRun";
    public TextWeight? Weight { get; init; }
    public bool? Italic { get; init; }
    public bool? IsSubtle { get; init; }
    public TextColor? Color { get; init; }
    public bool? Highlight { get; init; }
}
