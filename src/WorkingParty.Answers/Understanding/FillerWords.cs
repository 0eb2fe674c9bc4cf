namespace WorkingParty.Answers.Understanding;

/// <summary>The words that carry no meaning of their own in a question ("what", "the", "please"), nor in their plural or third person ("asks").</summary>
internal sealed class FillerWords(Vocabulary vocabulary)
{
    private readonly HashSet<string> _fillers = [.. vocabulary.Fillers];

    public bool Contains(string word) => _fillers.Contains(word) || _fillers.Contains(Singular(word));

    public static string Singular(string word) => word.Length > 3 && word[^1] == 's' && word[^2] != 's' ? word[..^1] : word;
}
