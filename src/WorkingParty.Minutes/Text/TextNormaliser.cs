using System.Text;

namespace WorkingParty.Minutes.Text;

/// <summary>
/// Turns extracted text into trimmed lines, with an empty string wherever a paragraph ends.
/// Two shapes are understood: PDF-extracted text where every line is followed by an empty line and a paragraph
/// ends with a line holding only spaces; and ordinary text (double-spaced or not) where any blank line ends a paragraph.
/// Text extracted without line breaks is first given its lines back (<see cref="FlattenedText"/>).
/// </summary>
public sealed partial class TextNormaliser(MinutesDefinitions definitions, FlattenedText flattened)
{
    public const string ParagraphBreak = "";
    private const double PdfShapeShare = 0.8;
    [GeneratedRegex(" {2,}")]
    private static partial Regex Spaces();

    public IReadOnlyList<string> ToLines(string text)
    {
        var raw = flattened.Unflatten(ReplaceCharacters(text).Replace("\r\n", "\n").Replace('\r', '\n').Split('\n')).ToArray();
        var pdfShape = IsPdfShape(raw);
        var lines = new List<string>(raw.Length);
        foreach (var line in raw)
        {
            if (line.Length == 0 && pdfShape)
            {
                continue;
            }

            var trimmed = Spaces().Replace(line.Trim(), " ");
            if (trimmed.Length == 0)
            {
                if (lines.Count > 0 && lines[^1] != ParagraphBreak)
                {
                    lines.Add(ParagraphBreak);
                }
            }
            else
            {
                lines.Add(trimmed);
            }
        }

        if (lines.Count > 0 && lines[^1] == ParagraphBreak)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        return lines;
    }

    private string ReplaceCharacters(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (definitions.CharacterReplacements.TryGetValue(c.ToString(), out var replacement))
            {
                builder.Append(replacement);
            }
            else if (!char.IsControl(c) || c == '\n' || c == '\r')
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static bool IsPdfShape(string[] lines)
    {
        int textLines = 0, followedByEmpty = 0, spaceOnly = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                spaceOnly += lines[i].Length > 0 ? 1 : 0;
                continue;
            }

            textLines++;
            if (i + 1 < lines.Length && lines[i + 1].Length == 0)
            {
                followedByEmpty++;
            }
        }

        return textLines >= 3 && spaceOnly > 0 && followedByEmpty >= PdfShapeShare * textLines;
    }
}
