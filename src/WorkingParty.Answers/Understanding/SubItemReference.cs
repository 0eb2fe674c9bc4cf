namespace WorkingParty.Answers.Understanding;

/// <summary>
/// A lettered part of an agenda item named in a question: "3b", "point 4(a)", "item 6 d", "item 2 b)". The question is
/// given back with the reference written "item N", so that the item is read as any other, and the letter apart.
/// </summary>
internal static partial class SubItemReference
{
    [GeneratedRegex(@"(?<![\w/.,])(?:(?:items?|points?|#)\s*)?(?<number>\d{1,2})\s*\((?<label>[a-h])\)|(?<![\w/.,])(?:items?|points?)\s*(?<number>\d{1,2})\s*(?<label>[a-h])\)?(?![\w'’])|(?<![\w/.,])(?<number>\d{1,2})(?<label>[a-h])\)?(?![\w/'’])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    public static (string Text, string? Label) Find(string question)
    {
        var match = Pattern().Match(question);
        if (!match.Success) return (question, null);
        var text = question[..match.Index] + $" item {match.Groups["number"].Value} " + question[(match.Index + match.Length)..];
        return (text, match.Groups["label"].Value.ToLowerInvariant());
    }
}
