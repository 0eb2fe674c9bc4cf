namespace WorkingParty.Minutes.Text;

/// <summary>An item's number as its heading prints it: "3", or in Roman numerals "III" (the headings' patterns say which forms they take).</summary>
internal static class ItemNumber
{
    /// <summary>The number's value, or -1 when the text is no number.</summary>
    public static int Parse(ReadOnlySpan<char> printed)
    {
        if (int.TryParse(printed, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var arabic))
        {
            return arabic;
        }

        var total = 0;
        for (var i = 0; i < printed.Length; i++)
        {
            var value = RomanDigit(printed[i]);
            if (value < 0)
            {
                return -1;
            }

            total += i + 1 < printed.Length && RomanDigit(printed[i + 1]) > value ? -value : value;
        }

        return total > 0 ? total : -1;
    }

    /// <summary>Whether a line may start with a number in either form: a digit, or a Roman digit.</summary>
    public static bool MayStart(char first) => char.IsDigit(first) || RomanDigit(first) > 0;

    private static int RomanDigit(char c) => c switch
    {
        'I' => 1,
        'V' => 5,
        'X' => 10,
        _ => -1,
    };
}
