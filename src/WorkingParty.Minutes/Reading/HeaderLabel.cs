namespace WorkingParty.Minutes.Reading;

/// <summary>
/// The label of a header row ("From:", "On:", "To:", "Subject:", "Cc:", "Prev. doc.:") printed in a column of its own,
/// left of its value; an extractor writes the two as one line, "From: General Secretariat of the Council".
/// </summary>
internal static partial class HeaderLabel
{
    public static bool IsLabel(string text) => Label().IsMatch(text);

    [GeneratedRegex(@"^\p{Lu}[\p{L}.()'/ -]{0,24}:$")]
    private static partial Regex Label();
}
