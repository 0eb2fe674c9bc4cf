namespace WorkingParty.Answers.Understanding;

/// <summary>
/// The words of a question that say what it is about, once the words that only say what kind of answer is wanted are
/// gone, as the minutes spell them (<see cref="MinutesSpelling"/>); and the words kept for searching.
/// </summary>
internal sealed class TopicWordFinder(Vocabulary vocabulary, BodyNames bodies, FillerWords fillers, MinutesSpelling spelling,
    Func<string, bool> isIndexed)
{
    private readonly HashSet<string> _saidCues = [.. vocabulary.SaidCues];
    private readonly HashSet<string> _scheduleChangeWords = [.. vocabulary.ScheduleChangeWords, .. vocabulary.MeetingStatusWords];
    private readonly HashSet<string> _plannedWords = [.. vocabulary.PlannedWords, .. vocabulary.EarliestWords];
    private readonly HashSet<string> _ownRecordWords = [.. vocabulary.OwnRecordWords];
    private readonly HashSet<string> _meetingQualifiers = [.. vocabulary.MeetingQualifierWords];
    private readonly HashSet<string> _meetingNouns = [.. vocabulary.MeetingWords, .. vocabulary.MinutesNouns];
    private readonly HashSet<string> _meetingAsked = [.. vocabulary.MeetingWords, .. vocabulary.HeldWords, .. vocabulary.ComingWords];
    private readonly HashSet<string> _documentTopicWords = [.. vocabulary.DocumentTopicWords];
    private readonly HashSet<string> _standingItemWords = [.. vocabulary.StandingItemWords];
    private readonly HashSet<string> _documentModifiers = [.. vocabulary.DocumentModifierWords];
    private readonly HashSet<string> _documentNouns = [.. vocabulary.DocumentNouns];
    private readonly HashSet<string> _movedWords = [.. vocabulary.MovedWords];
    private readonly HashSet<string> _deadlineStateWords = [.. vocabulary.OpenDeadlineWords, .. vocabulary.PeriodEndWords];
    private readonly LibraryScope _libraryScope = vocabulary.LibraryScope;
    private readonly IReadOnlyDictionary<string, string> _capitalShorthand = vocabulary.CapitalShorthand;

    /// <summary>
    /// The words of the topic; in a document or deadline question, "agenda", "summary" and the like name the document
    /// asked for ("comment on the summary"); in a deadline question, "extended" and the like only ask how it moved, and
    /// "remaining", "running", "expires" and the like only whether it is still open or when it ends.
    /// </summary>
    public List<string> Topic(IReadOnlyList<Word> words, bool[] used, bool[] dated, Intent intent) =>
        Enumerable.Range(0, words.Count)
            .Where(i => !used[i] && !dated[i]
                && !(intent == Intent.Actor && _saidCues.Contains(words[i].Lower))
                && !(intent is Intent.NextMeeting or Intent.MeetingOn or Intent.MinutesList or Intent.LastMeeting
                    && (_scheduleChangeWords.Contains(words[i].Lower) || _plannedWords.Contains(words[i].Lower)))
                && !(intent == Intent.IssueDate && _ownRecordWords.Contains(words[i].Lower))
                && !(intent == Intent.Deadlines && (_movedWords.Contains(words[i].Lower) || _deadlineStateWords.Contains(words[i].Lower)))
                && !(intent == Intent.MinutesList && _libraryScope.Nouns.Contains(words[i].Lower))
                && !QualifiesMeeting(words, used, i))
            .Where(i => !IsFiller(words[i]) || (intent is Intent.Document or Intent.Deadlines && _documentTopicWords.Contains(words[i].Lower))
                || (intent == Intent.Document && NamesKindOfPaper(words, i)))
            .SelectMany(i => spelling.Spelled(words[i]))
            .ToList();

    /// <summary>Whether the word is a kind of paper or its noun, side by side: "discussion" and "paper" in "which discussion paper ...?".</summary>
    private bool NamesKindOfPaper(IReadOnlyList<Word> words, int at) =>
        (_documentModifiers.Contains(words[at].Lower) && at + 1 < words.Count && _documentNouns.Contains(words[at + 1].Lower))
        || (_documentNouns.Contains(words[at].Lower) && at > 0 && _documentModifiers.Contains(words[at - 1].Lower));

    /// <summary>The words kept by <paramref name="keep"/> that are not fillers.</summary>
    public List<string> Remaining(IReadOnlyList<Word> words, Func<int, bool> keep) =>
        Enumerable.Range(0, words.Count).Where(i => keep(i) && !IsFiller(words[i])).SelectMany(i => spelling.Spelled(words[i])).ToList();

    /// <summary>A filler, unless written as capital shorthand for words the minutes use ("US", not "us").</summary>
    private bool IsFiller(Word word) => fillers.Contains(word.Lower)
        && !(_capitalShorthand.TryGetValue(word.Original, out var name) && Words.Split(name).All(w => isIndexed(w.Lower)));

    /// <summary>
    /// The topic words when none of them occurs anywhere in the minutes and the question speaks of a working party ("next
    /// fishpol WP?", "next TPC G and S meeting?"): a name the library does not know, which should not turn a question
    /// about meetings into one about a topic the minutes never mention. In a question that says nothing of meetings, a word
    /// right after a held body's noun is what it asks about, not a name ("what was the fisheries WP budget?"); nor is a
    /// standing agenda point ("AOB") a name, in minutes without it too. Empty otherwise.
    /// </summary>
    public IReadOnlyList<string> UnknownNames(IReadOnlyList<Word> words, IReadOnlyList<string> topicWords, IReadOnlySet<string>? named)
    {
        if (topicWords.Count == 0 || (named is null && !BodyNames.SaysBody(words)) || topicWords.Any(w => isIndexed(w) || _standingItemWords.Contains(w))) return [];
        var afterBodyNoun = Enumerable.Range(1, Math.Max(0, words.Count - 1)).Where(i => BodyNames.SaysBody([words[i - 1]])).Select(i => words[i].Lower);
        var asksMeetings = words.Any(w => _meetingAsked.Contains(w.Lower));
        return named is not null && !asksMeetings && afterBodyNoun.Any(topicWords.Contains) ? [] : topicWords;
    }

    /// <summary>
    /// Whether the word says what kind of meeting one is, not what it was about: a qualifier ("joint", "informal") with
    /// a meeting or minutes word after it, other qualifiers, a body's name or words already read between ("the joint
    /// session", "the informal PORTS VTC", "the joint A/B minutes").
    /// </summary>
    private bool QualifiesMeeting(IReadOnlyList<Word> words, bool[] used, int at)
    {
        if (!_meetingQualifiers.Contains(words[at].Lower)) return false;
        for (var i = at + 1; i < words.Count && i <= at + 3; i++)
        {
            if (_meetingNouns.Contains(words[i].Lower)) return true;
            if (!_meetingQualifiers.Contains(words[i].Lower) && !used[i] && bodies.Find([words[i]]).Bodies is null) return false;
        }
        return false;
    }
}
