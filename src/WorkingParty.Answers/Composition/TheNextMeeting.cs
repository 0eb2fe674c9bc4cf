namespace WorkingParty.Answers.Composition;

/// <summary>
/// "Next eID WP meeting?", "when does X meet next?": asked for one meeting, and the soonest coming meeting's own sentence
/// calls it the next one, with no condition ("the next meeting will take place on 3 May", "would meet again on"), that
/// meeting is the answer; later dates read from other sentences (a workshop, a joint meeting, the next Presidency's first
/// meetings) are not what was asked, and are shown with their sentence instead of asserted, unless their own sentence
/// says "the next meeting" too (the minutes then leave it open; a trilogue's sentence misread as ours). Dates of that same sentence
/// ("the next meetings will take place on 3 and 17 May") stay, and so do all when the soonest is conditional ("an
/// additional meeting could be convened if needed").
/// </summary>
internal static class TheNextMeeting
{
    private const string LaterDoubt = "not the next meeting: a later date another sentence gives, after the one the minutes call the next";

    private static readonly HashSet<string> OneMeetingWords = [.. Vocabulary.Default.OneMeetingWords];
    private static readonly HashSet<string> SeveralMeetingWords = [.. Vocabulary.Default.SeveralMeetingWords];
    private static readonly HashSet<string> NextSentenceWords = [.. Vocabulary.Default.NextMeetingSentenceWords];
    private static readonly HashSet<string> ConditionWords = [.. Vocabulary.Default.ConditionWords];
    private static readonly HashSet<string> ComingWords = [.. Vocabulary.Default.ComingWords];

    /// <summary>The dates, soonest first, split into those that answer the question and the later ones put in doubt, body by body.</summary>
    public static (List<UpcomingDate> Asked, List<UpcomingDate> Later) Split(List<UpcomingDate> dates, IReadOnlyList<Word> words)
    {
        if (!AsksOne(words)) return (dates, []);
        var later = dates.GroupBy(d => d.Source.Body).SelectMany(LaterThanTheNext).ToHashSet();
        return later.Count == 0 ? (dates, [])
            : ([.. dates.Where(d => !later.Contains(d))], [.. dates.Where(later.Contains).Select(d => d with { Doubt = new Doubt(LaterDoubt, d.Sentence ?? d.Description) })]);
    }

    /// <summary>A body's dates after the one its minutes call the next meeting, read from other sentences; none when no plain one is called so.</summary>
    private static IEnumerable<UpcomingDate> LaterThanTheNext(IEnumerable<UpcomingDate> ofBody)
    {
        var dates = ofBody.ToList();
        if (dates.FirstOrDefault(d => d.Kind == NextMeetings.MeetingKind && d.Doubt is null) is not { Sentence: { } sentence } next || !CallsItNext(sentence)) return [];
        return dates.Where(d => d.Date > next.Date && d.Sentence != sentence && d.Doubt is null && !NamesTheNextMeeting(d.Sentence ?? d.Description));
    }

    /// <summary>
    /// Whether a sentence says "the next meeting", "a further session" in so many words: a later date it gives is told as
    /// a next meeting too, and the minutes then leave open which one is the next.
    /// </summary>
    private static bool NamesTheNextMeeting(string sentence)
    {
        var words = Words.Split(sentence);
        return words.Zip(words.Skip(1)).Any(pair => ComingWords.Contains(pair.First.Lower) && OneMeetingWords.Contains(pair.Second.Lower));
    }

    private static bool AsksOne(IReadOnlyList<Word> words) =>
        words.Any(w => OneMeetingWords.Contains(w.Lower)) && !words.Any(w => SeveralMeetingWords.Contains(w.Lower));

    private static bool CallsItNext(string sentence)
    {
        var words = Words.Split(sentence);
        return words.Any(w => NextSentenceWords.Contains(w.Lower)) && !words.Any(w => ConditionWords.Contains(w.Lower));
    }
}
