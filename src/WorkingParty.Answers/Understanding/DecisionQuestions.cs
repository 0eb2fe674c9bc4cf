namespace WorkingParty.Answers.Understanding;

/// <summary>
/// Whether a question asks what was decided, which the minutes answer by the sentences recording a conclusion: a word
/// asking it ("what was agreed on X?", "next step on X?"), a phrase ("what came out of the closed session?"), or a
/// question opened as yes or no that asks whether a text was approved ("was the 4th report endorsed?", "did they adopt
/// the guidelines?").
/// </summary>
internal sealed class DecisionQuestions(Vocabulary vocabulary)
{
    private readonly HashSet<string> _questionWords = [.. vocabulary.DecisionQuestionWords];
    private readonly HashSet<string> _yesNoOpeners = [.. vocabulary.YesNoDecisionOpeners];
    private readonly HashSet<string> _yesNoWords = [.. vocabulary.YesNoDecisionWords];
    private readonly CuePhrases _phrases = new(vocabulary.DecisionPhrases);

    /// <param name="used">Marked where a phrase asking it stands: words that name no topic.</param>
    public bool Asked(IReadOnlyList<Word> words, bool[] used) =>
        CueMatcher.MatchAny(words, _phrases, used)
        || words.Any(w => _questionWords.Contains(w.Lower))
        || (words.Count > 0 && _yesNoOpeners.Contains(words[0].Lower) && words.Skip(1).Any(w => _yesNoWords.Contains(w.Lower)));
}
