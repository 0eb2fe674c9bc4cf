namespace WorkingParty.Cards.Presentation.Answers;

/// <summary>A sentence of the minutes with the words that matched a question marked: bold runs on cards, ** ** in text.</summary>
internal static class QuotedRuns
{
    public static IReadOnlyList<TextRun> Card(string text, IReadOnlyList<string> matched) =>
        Parts(Wording.Shorten(text, CardParts.PassageChars), matched)
            .Select(p => p.Matched ? new TextRun(p.Text) { Weight = TextWeight.Bolder, Highlight = true } : new TextRun(p.Text))
            .ToList();

    /// <summary>Plain text marks matches with ** **: they read as emphasis in any chat client.</summary>
    public static string Text(string text, IReadOnlyList<string> matched) =>
        string.Concat(Parts(text, matched).Select(p => p.Matched ? $"**{p.Text}**" : p.Text));

    private static IEnumerable<(string Text, bool Matched)> Parts(string text, IReadOnlyList<string> matched)
    {
        var marks = new bool[text.Length];
        foreach (var words in matched.Where(m => m.Length > 0))
        {
            var comparison = IsCode(words) ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
            for (var at = text.IndexOf(words, comparison); at >= 0; at = text.IndexOf(words, at + words.Length, comparison))
            {
                if (IsWholeWords(text, at, words.Length)) Array.Fill(marks, true, at, words.Length);
            }
        }
        var start = 0;
        for (var i = 1; i <= text.Length; i++)
        {
            if (i < text.Length && marks[i] == marks[start]) continue;
            yield return (text[start..i], marks[start]);
            start = i;
        }
    }

    /// <summary>A code as the minutes write it ("ES", "CGN"): letters all capitals, so "es" in "issues" is not it.</summary>
    private static bool IsCode(string words) => words.Any(char.IsLetter) && !words.Any(char.IsLower);

    /// <summary>Not inside a longer word: "ES" is no part of "presented", "Spain" no part of "Spaniards".</summary>
    private static bool IsWholeWords(string text, int at, int length) =>
        (at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (at + length == text.Length || !char.IsLetterOrDigit(text[at + length]));
}
