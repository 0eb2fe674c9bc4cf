using System.Globalization;
using System.Text;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace WorkingParty.Minutes.Reading.Docx;

/// <summary>
/// Writes the label Word draws before a list paragraph from its level's pattern: "%1." with the counter of level 1
/// in that level's format gives "3.", "%2)" in lower letters gives "b)". Bullets are written "•" (a dash stays a dash).
/// </summary>
internal static class ListLabel
{
    private const string Bullet = "•";

    public static string Write(IReadOnlyList<ListLevel?> levels, int level, IReadOnlyList<int?> counters)
    {
        var pattern = levels[level]!;
        if (pattern.Format == W.NumberFormatValues.Bullet)
        {
            return pattern.Text is "–" or "-" or "—" ? "–" : Bullet;
        }

        var label = new StringBuilder();
        for (var i = 0; i < pattern.Text.Length; i++)
        {
            if (pattern.Text[i] == '%' && i + 1 < pattern.Text.Length && pattern.Text[i + 1] is >= '1' and <= '9')
            {
                var referenced = pattern.Text[++i] - '1';
                var definition = levels[referenced];
                label.Append(Format(counters[referenced] ?? definition?.Start ?? 1, definition?.Format ?? W.NumberFormatValues.Decimal));
            }
            else
            {
                label.Append(pattern.Text[i]);
            }
        }

        return label.ToString();
    }

    private static string Format(int value, W.NumberFormatValues format)
    {
        if (format == W.NumberFormatValues.LowerLetter || format == W.NumberFormatValues.UpperLetter)
        {
            var letters = Letters(value);
            return format == W.NumberFormatValues.UpperLetter ? letters.ToUpperInvariant() : letters;
        }

        if (format == W.NumberFormatValues.LowerRoman || format == W.NumberFormatValues.UpperRoman)
        {
            var roman = Roman(value);
            return format == W.NumberFormatValues.LowerRoman ? roman.ToLowerInvariant() : roman;
        }

        if (format == W.NumberFormatValues.DecimalZero)
        {
            return value.ToString("00", CultureInfo.InvariantCulture);
        }

        return format == W.NumberFormatValues.None ? "" : value.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Word's letters: a..z, then aa..zz, then aaa...</summary>
    private static string Letters(int value)
    {
        var index = Math.Max(value, 1) - 1;
        return new string((char)('a' + (index % 26)), (index / 26) + 1);
    }

    private static string Roman(int value)
    {
        (int Value, string Numeral)[] numerals =
            [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
        var roman = new StringBuilder();
        foreach (var (amount, numeral) in numerals)
        {
            for (; value >= amount; value -= amount)
            {
                roman.Append(numeral);
            }
        }

        return roman.ToString();
    }
}
