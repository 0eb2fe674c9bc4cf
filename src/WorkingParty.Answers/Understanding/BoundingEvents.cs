namespace WorkingParty.Answers.Understanding;

/// <summary>
/// "Any extra meeting before the ECOFIN Council?", "further sessions ahead of the summit?": the event that bounds the
/// dates of the coming or additional meetings a question asks for.
/// </summary>
internal sealed class BoundingEvents(Vocabulary vocabulary, FillerWords fillers)
{
    private readonly IReadOnlyList<string[]> _boundBeforeCues =
        [.. vocabulary.BoundBeforeCues.Select(c => Words.Split(c).Select(w => w.Lower).ToArray()).OrderByDescending(c => c.Length)];
    private readonly HashSet<string> _comingOrAdditionalWords = [.. vocabulary.ComingWords, .. vocabulary.AdditionalWords];
    private readonly HashSet<string> _meetingWords = [.. vocabulary.MeetingWords, .. vocabulary.HeldWords];

    /// <summary>
    /// After a meeting word, in a question about coming or additional meetings, the words after "before" name the event
    /// that bounds the dates. They are marked used (not a topic) and returned; empty when the question has no such bound.
    /// </summary>
    public List<string> Find(IReadOnlyList<Word> words, bool[] used, bool[] dated)
    {
        if (!words.Any(w => _comingOrAdditionalWords.Contains(w.Lower))) return [];
        for (var i = 1; i < words.Count; i++)
        {
            var cue = _boundBeforeCues.FirstOrDefault(c => i + c.Length <= words.Count && c.Select((w, j) => words[i + j].Lower == w).All(m => m));
            if (cue is null || dated[i] || !words.Take(i).Any(w => _meetingWords.Contains(w.Lower))) continue;
            var bound = Enumerable.Range(i + cue.Length, words.Count - i - cue.Length).Where(k => !used[k] && !dated[k]).ToList();
            var eventWords = bound.Select(k => words[k].Lower).Where(w => !fillers.Contains(w)).ToList();
            if (eventWords.Count == 0) return [];
            for (var k = i; k < words.Count; k++) used[k] = !dated[k] || used[k];
            return eventWords;
        }
        return [];
    }
}
