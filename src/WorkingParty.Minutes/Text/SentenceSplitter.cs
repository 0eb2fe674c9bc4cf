namespace WorkingParty.Minutes.Text;

/// <summary>
/// Splits a paragraph into sentences at '.', '!' or '?' followed by a space and a capital (or a dash or bullet, a space
/// and a capital: a heading run on after the sentence), except after the abbreviations in the definitions ("doc.",
/// "e.g.") so that "doc. CM 1551/1/17" stays in one sentence.
/// </summary>
public sealed class SentenceSplitter(MinutesDefinitions definitions)
{
    private readonly HashSet<string> _abbreviations = new(definitions.Text.SentenceAbbreviations, StringComparer.Ordinal);

    public IReadOnlyList<string> Split(string paragraph)
    {
        var sentences = new List<string>();
        var start = 0;
        for (var i = 0; i < paragraph.Length; i++)
        {
            if (paragraph[i] is not ('.' or '!' or '?'))
            {
                continue;
            }

            var end = i + 1;
            while (end < paragraph.Length && paragraph[end] is '"' or '\'' or ')')
            {
                end++;
            }

            if (end < paragraph.Length && paragraph[end] == ' ' && StartsSentence(paragraph, end + 1)
                && !(paragraph[i] == '.' && IsAbbreviation(paragraph, i)))
            {
                Add(paragraph[start..end], sentences);
                start = end + 1;
            }
        }

        Add(paragraph[start..], sentences);
        return sentences;
    }

    private static bool StartsSentence(string text, int index)
    {
        if (index + 1 < text.Length && text[index] is '-' or '\u2022' && text[index + 1] == ' ')
        {
            // "... to attend. - Next meeting The next meeting ...": a dash-led heading glued after a sentence.
            index += 2;
        }

        while (index < text.Length && text[index] is '"' or '\'' or '(')
        {
            index++;
        }

        return index < text.Length && char.IsUpper(text[index]);
    }

    private bool IsAbbreviation(string text, int period)
    {
        var start = period;
        while (start > 0 && (char.IsLetter(text[start - 1]) || (text[start - 1] == '.' && start - 1 > 0 && char.IsLetter(text[start - 2]))))
        {
            start--;
        }

        var word = text[start..period];
        return _abbreviations.Contains(word) || (word.Length == 1 && char.IsUpper(word[0]));
    }

    private static void Add(string sentence, List<string> sentences)
    {
        var trimmed = sentence.Trim();
        if (trimmed.Length > 0)
        {
            sentences.Add(trimmed);
        }
    }
}
