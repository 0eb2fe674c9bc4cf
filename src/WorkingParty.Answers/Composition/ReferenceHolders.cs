using System.Text.RegularExpressions;

namespace WorkingParty.Answers.Composition;

/// <summary>
/// A reference a sentence gives to another noun than the one asked: "(summary in doc. 6002/31)", "as set out in the note
/// 6310/31" cite the summary's and the note's number, not that of the draft the sentence is about.
/// </summary>
internal static class ReferenceHolders
{
    /// <summary>How near the reference the "in" that gives it to a noun stands, in words.</summary>
    private const int NearestWords = 4;

    private static readonly HashSet<string> ReferenceWords = ["doc", "docs", "document", "documents", "see", "cf", "ref", "no"];
    private static readonly HashSet<string> Determiners = ["the", "a", "an", "its", "their", "this", "that"];
    private static readonly HashSet<string> Particles = ["out", "forth", "up", "down"];
    private static readonly HashSet<string> DocumentNouns = [.. Vocabulary.Default.DocumentNouns];

    /// <summary>
    /// Whether the words just before the reference, in its bracket or clause, give it to a noun ("summary in", "in the
    /// note") that holds none of the topic asked. A noun for the document itself ("a consolidated text in doc. N",
    /// "the draft in N") gives it to nothing else.
    /// </summary>
    public static bool HoldsOther(string sentence, Match reference, Concepts concepts)
    {
        var words = Words.Split(Lead(sentence, reference.Index)).Select(w => w.Lower).ToList();
        while (words.Count > 0 && ReferenceWords.Contains(words[^1])) words.RemoveAt(words.Count - 1);
        var at = words.LastIndexOf("in");
        if (at < 0 || words.Count - at > NearestWords) return false;
        var holder = at == words.Count - 1 ? NounBefore(words, at) : words.Skip(at + 1).Where(w => !Determiners.Contains(w)).ToList();
        return holder.Count > 0 && !holder.Any(DocumentNouns.Contains) && concepts.FoundIn(Concepts.TermsOf(string.Join(' ', holder))) == 0;
    }

    /// <summary>The reference's bracket up to it when it stands in one, else its clause up to it.</summary>
    private static string Lead(string sentence, int index)
    {
        var before = sentence[..index];
        var open = before.LastIndexOf('(');
        if (open > before.LastIndexOf(')')) return before[(open + 1)..];
        return before[(before.LastIndexOfAny([',', ';', ':']) + 1)..];
    }

    /// <summary>
    /// The words before "in" back to a determiner when they end on a noun ("a consolidated summary in"), not on a verb's
    /// ("set out in", "included in"): at most <see cref="NearestWords"/>.
    /// </summary>
    private static List<string> NounBefore(List<string> words, int at)
    {
        if (at == 0 || words[at - 1] is var last && (last.EndsWith("ed", StringComparison.Ordinal) || Particles.Contains(last) || Determiners.Contains(last))) return [];
        var from = at - 1;
        while (from > 0 && at - from < NearestWords && !Determiners.Contains(words[from - 1])) from--;
        return words[from..at];
    }
}
