namespace WorkingParty.Cards.Presentation.Answers;

/// <summary>
/// Dates the minutes give with a doubt (two readings conflict), listed apart from the plain ones: never a bare date,
/// always the sentence it was read from and why it is uncertain.
/// </summary>
internal static class DoubtParts
{
    public const string Heading = "The minutes also say (the date is uncertain):";

    public static TextBlock SectionHeading() =>
        TextBlock.Literal(Heading) with { Weight = TextWeight.Bolder, Spacing = Spacing.Large, Separator = true };

    /// <param name="documents">The documents the fact concerns (an uncertain deadline's), shown under the sentence; none when null.</param>
    public static Container Card(Doubt doubt, Citation source, string? consequence = null, IReadOnlyList<string>? documents = null) => CardParts.Entry([
        CardParts.Passage(Wording.Quoted(doubt.Sentence)),
        .. documents is null ? Array.Empty<CardElement>() : [new FactSet([Fact.Literal("Documents", Wording.Documents(documents))]) { Spacing = Spacing.Small }],
        TextBlock.Literal(Uncertain(doubt, consequence)) with { Color = TextColor.Warning, Spacing = Spacing.Small },
        CardParts.Source(source),
    ]);

    public static void Text(PlainText text, Doubt doubt, Citation source, string? consequence = null, IReadOnlyList<string>? documents = null) =>
        text.Entry(Wording.Quoted(doubt.Sentence), documents is null ? null : $"Documents: {Wording.Documents(documents)}",
            Uncertain(doubt, consequence), Wording.CitationWithTitle(source));

    private static string Uncertain(Doubt doubt, string? consequence) => $"Uncertain: {doubt.Reason}.{(consequence is null ? "" : " " + consequence)}";
}
