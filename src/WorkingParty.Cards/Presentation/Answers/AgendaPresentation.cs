namespace WorkingParty.Cards.Presentation.Answers;

internal static class AgendaPresentation
{
    public static Reply Present(AgendaAnswer answer, ReplyRequest request) =>
        new(request.FitCard(page => Card(answer, page)), Text(answer, request.TextPage));

    private static AdaptiveCard Card(AgendaAnswer answer, ListPage page)
    {
        var body = new List<CardElement>(CardParts.Heading(Title(answer), Subtitle(answer)));
        foreach (var line in page.Slice(answer.Items))
        {
            body.Add(new ColumnSet([
                new Column([CardParts.Strong($"{line.Number}.")]) { Width = "auto", VerticalContentAlignment = "center" },
                new Column([TextBlock.Literal(line.Title), .. Details(line)]) { Width = "stretch", VerticalContentAlignment = "center" },
                new Column([CardParts.Buttons(OpenItem(answer, line))]) { Width = "auto", VerticalContentAlignment = "center" },
            ]) { Separator = true });
        }
        body.AddRange(page.Footer(answer.Items.Count));
        return CardParts.Card(body, Title(answer));
    }

    private static string Text(AgendaAnswer answer, ListPage page)
    {
        var text = new PlainText().Title(Title(answer), Subtitle(answer));
        foreach (var line in page.Slice(answer.Items))
        {
            text.Entry($"{line.Number}. {line.Title}", [
                .. line.SubItems,
                line.Documents.Count == 0 ? null : $"Documents: {Wording.Documents(line.Documents)}",
                line.Summary is null ? null : Wording.Quoted(line.Summary)]);
        }
        return text.Footer(page, answer.Items.Count).ToString();
    }

    /// <summary>The item's lettered parts; what the meeting was about, when asked: the item's documents and its concluding sentence.</summary>
    private static IEnumerable<CardElement> Details(AgendaLine line)
    {
        foreach (var subItem in line.SubItems) yield return TextBlock.Literal(subItem) with { Spacing = Spacing.Small };
        if (line.Documents.Count > 0)
            yield return new FactSet([Fact.Literal("Documents", Wording.Documents(line.Documents))]) { Spacing = Spacing.Small };
        if (line.Summary is not null) yield return CardParts.Passage(Wording.Quoted(line.Summary));
    }

    private static string Title(AgendaAnswer answer) => $"Agenda: {answer.Body}";

    private static string Subtitle(AgendaAnswer answer) =>
        $"Meeting of {Wording.DayAndDate(answer.MeetingDate)}{(answer.DateInferred ? " (date inferred; the minutes do not state it)" : "")}";

    private static ExecuteAction OpenItem(AgendaAnswer answer, AgendaLine line) =>
        CardParts.Send("Open", new OpenItem(answer.MeetingId, line.Number));
}
