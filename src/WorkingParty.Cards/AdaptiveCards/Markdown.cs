using System.Buffers;
using System.Text;

namespace WorkingParty.Cards.AdaptiveCards;

/// <summary>
/// Makes text from minutes and users show literally where Teams reads markdown (TextBlock, FactSet):
/// every character that could open emphasis, a link, code, a quote or an HTML tag, and the marks that start a
/// heading or a list at the beginning of a line, get a backslash, which markdown drops when rendering. So does '{':
/// Teams rewrites "{{DATE(...)}}" and "{{TIME(...)}}" in a TextBlock before it reads the markdown, and a backslash
/// between the braces keeps a user's typed function as typed.
/// </summary>
public static class Markdown
{
    private const string Always = "\\*_`[]<>~|{";
    private static readonly SearchValues<char> AlwaysEscaped = SearchValues.Create(Always);
    private static readonly SearchValues<char> AlwaysEscapedOrNewLine = SearchValues.Create(Always + "\n");
    private static readonly SearchValues<char> LineStartEscaped = SearchValues.Create("#-+=");

    public static string Escape(string text)
    {
        if (NeedsNoEscape(text)) return text;
        var result = new StringBuilder(text.Length + 8);
        var lineStart = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (lineStart && char.IsAsciiDigit(c))
            {
                i = AppendNumberedItemMark(text, i, result);
                lineStart = false;
                continue;
            }
            if (AlwaysEscaped.Contains(c) || (lineStart && LineStartEscaped.Contains(c)))
            {
                result.Append('\\');
            }
            result.Append(c);
            if (c == '\n') lineStart = true;
            else if (c is not (' ' or '\t' or '\r')) lineStart = false;
        }
        return result.ToString();
    }

    /// <summary>
    /// Most text is one line with nothing to escape: then only its first visible character could be a mark (a heading, a
    /// list), and the text is kept as it is.
    /// </summary>
    private static bool NeedsNoEscape(string text)
    {
        if (text.AsSpan().ContainsAny(AlwaysEscapedOrNewLine)) return false;
        var visible = text.AsSpan().TrimStart(" \t\r");
        return visible.IsEmpty || !(char.IsAsciiDigit(visible[0]) || LineStartEscaped.Contains(visible[0]));
    }

    /// <summary>"1. " or "1) " at the start of a line opens a numbered list: "1\. " does not.</summary>
    private static int AppendNumberedItemMark(string text, int start, StringBuilder result)
    {
        var end = start;
        while (end < text.Length && char.IsAsciiDigit(text[end])) end++;
        result.Append(text, start, end - start);
        if (end + 1 < text.Length && text[end] is '.' or ')' && text[end + 1] == ' ')
        {
            result.Append('\\').Append(text[end]);
            return end;
        }
        return end - 1;
    }
}
