namespace WorkingParty.Cards.Presentation.Answers;

/// <summary>One quoted sentence of the minutes, as a card entry and as text: its citation, the sentence with the matched words in bold, and a button opening its item.</summary>
internal static class QuotedPassageEntries
{
    public static CardElement Card(QuotedPassage passage) => CardParts.Entry([
        CardParts.Strong(Wording.CitationWithTitle(passage.Source)),
        new RichTextBlock(QuotedRuns.Card(passage.Text, passage.Matched)) { Spacing = Spacing.Small },
        CardParts.Buttons(CardParts.OpenItem(passage.Source, $"Open item {passage.Source.Item}")),
    ]);

    public static void Text(PlainText text, QuotedPassage passage) =>
        text.Entry(Wording.CitationWithTitle(passage.Source), QuotedRuns.Text(passage.Text, passage.Matched));
}
