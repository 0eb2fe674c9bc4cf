using UglyToad.PdfPig.Writer;

namespace WorkingParty.Testing.Corpus.Layout;

/// <summary>Breaks words into lines that fit a width, and sets a line justified or ragged.</summary>
internal static class LineBreaker
{
    public const double Space = 3;

    public static List<List<PrintedWord>> Wrap(
        Typeface typeface, PdfPageBuilder page, IReadOnlyList<PrintedWord> words, double width, Setting setting, double firstIndent = 0)
    {
        var lines = new List<List<PrintedWord>>();
        var line = new List<PrintedWord>();
        var used = 0.0;
        foreach (var word in words)
        {
            var wordWidth = typeface.Width(page, word, setting.Size, setting.Bold);
            var available = width - (lines.Count == 0 ? firstIndent : 0);
            if (line.Count > 0 && used + Space + wordWidth > available)
            {
                lines.Add(line);
                (line, used) = ([], 0);
            }

            used += (line.Count > 0 ? Space : 0) + wordWidth;
            line.Add(word);
        }

        if (line.Count > 0)
        {
            lines.Add(line);
        }

        return lines;
    }

    /// <summary>Prints a line from <paramref name="x"/>; justified, its last word ends at <paramref name="x"/> + <paramref name="width"/>.</summary>
    public static void Print(
        Typeface typeface, PdfPageBuilder page, IReadOnlyList<PrintedWord> line, double x, double y, Setting setting, double width, bool justified)
    {
        var natural = line.Sum(w => typeface.Width(page, w, setting.Size, setting.Bold)) + (Space * (line.Count - 1));
        var space = justified && line.Count > 1 ? Space + ((width - natural) / (line.Count - 1)) : Space;
        for (var i = 0; i < line.Count; i++)
        {
            x = typeface.Print(page, line[i], x, y + setting.Jitter(i), setting.Size, setting.Bold);
            if (i < line.Count - 1)
            {
                typeface.Print(page, " ", x, y + setting.Jitter(i), setting.Size, setting.Bold);
                x += space;
            }
        }
    }
}

/// <summary>How a line is set: size, weight, and how far each word's baseline strays (a fraction of a point, as some writers do).</summary>
internal sealed record Setting(double Size, bool Bold, double BaselineJitter)
{
    public double Jitter(int word) => ((word % 3) - 1) * BaselineJitter;
}
