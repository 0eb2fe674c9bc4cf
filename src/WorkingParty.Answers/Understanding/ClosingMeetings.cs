namespace WorkingParty.Answers.Understanding;

/// <summary>
/// "The last meeting of the year", "the final meeting under this Presidency": a closing word before a meeting word, then a
/// span that ends ahead, asks for the last of the coming meetings within it, not the last one held ("when did we last
/// meet?" names no span and asks for that).
/// </summary>
internal sealed class ClosingMeetings(Vocabulary vocabulary)
{
    private const int MeetingReach = 3;
    private readonly HashSet<string> _closingWords = [.. vocabulary.ClosingWords];
    private readonly HashSet<string> _meetingWords = [.. vocabulary.MeetingWords, .. vocabulary.BodyMeetingNouns];
    private readonly HashSet<string> _heldWords = [.. vocabulary.HeldWords, .. vocabulary.PastQuestionWords];
    private readonly CuePhrases _yearCues = new(vocabulary.ClosingYearCues);
    private readonly CuePhrases _presidencyCues = new(vocabulary.ClosingPresidencyCues);

    /// <summary>The span the question's closing meeting lies in, or null when it asks no closing meeting.</summary>
    public ClosingSpan? Span(IReadOnlyList<Word> words)
    {
        if (words.Any(w => _heldWords.Contains(w.Lower))) return null;
        var at = Enumerable.Range(0, words.Count).FirstOrDefault(i => _closingWords.Contains(words[i].Lower)
            && words.Skip(i + 1).Take(MeetingReach).Any(w => _meetingWords.Contains(w.Lower)), -1);
        if (at < 0) return null;
        var rest = words.Skip(at + 1).ToList();
        if (CueMatcher.MatchAny(rest, _yearCues, new bool[rest.Count])) return ClosingSpan.Year;
        if (CueMatcher.MatchAny(rest, _presidencyCues, new bool[rest.Count])) return ClosingSpan.Presidency;
        return null;
    }
}

/// <summary>A span that ends ahead, whose last coming meeting a question asks for.</summary>
internal enum ClosingSpan
{
    Year,
    Presidency,
}

internal static class ClosingSpans
{
    /// <summary>The span's last day as seen on <paramref name="today"/>: the year's, or the half-year's a Presidency lasts.</summary>
    public static DateOnly End(this ClosingSpan span, DateOnly today) =>
        span == ClosingSpan.Year || today.Month > 6 ? new DateOnly(today.Year, 12, 31) : new DateOnly(today.Year, 6, 30);
}
