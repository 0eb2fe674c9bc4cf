using WorkingParty.Answers.Model;
using WorkingParty.Cards.AdaptiveCards;

namespace WorkingParty.Cards.Presentation.Answers;

internal static class SearchPresentation
{
    public static Reply Present(SearchAnswer answer, ReplyRequest request) =>
        new(request.FitCard(page => Card(answer, page)), Text(answer, request.TextPage));

    private static AdaptiveCard Card(SearchAnswer answer, ListPage page)
    {
        var body = new List<CardElement>(CardParts.Heading(Title(answer)));
        if (answer.Hits.Count == 0) body.Add(TextBlock.Literal(Empty));
        foreach (var hit in page.Slice(answer.Hits))
        {
            body.Add(CardParts.Entry([
                CardParts.Strong(Wording.CitationWithTitle(hit.Source)),
                new RichTextBlock(SnippetRuns(hit.Snippet)) { Spacing = Spacing.Small },
                CardParts.Buttons(CardParts.OpenItem(hit.Source, $"Open item {hit.Source.Item}")),
            ]));
        }
        body.AddRange(page.Footer(answer.Hits.Count));
        return CardParts.Card(body, Title(answer));
    }

    private static string Text(SearchAnswer answer, ListPage page)
    {
        var text = new PlainText().Title(Title(answer));
        if (answer.Hits.Count == 0) text.Paragraph(Empty);
        foreach (var hit in page.Slice(answer.Hits))
        {
            // Plain text keeps the ** ** marks: they read as emphasis in any chat client.
            text.Entry(Wording.CitationWithTitle(hit.Source), hit.Snippet);
        }
        return text.Footer(page, answer.Hits.Count).ToString();
    }

    /// <summary>The snippet as text runs, the parts between ** ** in bold; runs are never read as markdown.</summary>
    internal static IReadOnlyList<TextRun> SnippetRuns(string snippet)
    {
        var parts = Wording.Shorten(snippet, CardParts.PassageChars).Split("**");
        var runs = new List<TextRun>(parts.Length);
        for (var i = 0; i < parts.Length; i++)
        {
            // Part i lies between marks i-1 and i: odd parts are matches when their closing mark exists.
            var isMatch = i % 2 == 1 && i < parts.Length - 1;
            var text = i % 2 == 1 && !isMatch ? "**" + parts[i] : parts[i];
            if (text.Length == 0) continue;
            runs.Add(isMatch ? new TextRun(text) { Weight = TextWeight.Bolder, Highlight = true } : new TextRun(text));
        }
        return runs;
    }

    private static string Title(SearchAnswer answer) => $"Results for {Wording.Quoted(answer.Query)}";

    private const string Empty = "Nothing in the minutes matches.";
}
