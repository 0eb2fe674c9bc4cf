namespace WorkingParty.Answers.Understanding;

/// <summary>
/// What a question asks of the calendar and of how meetings were held, read from its words: a season ("the autumn
/// meetings"), dates a speaker gave ("which dates did the Presidency announce?"), the format of a meeting held ("was it a
/// physical meeting?"), why an additional meeting was called ("what was the extra meeting for?") and who was absent.
/// </summary>
internal sealed class CalendarQuestions(Vocabulary vocabulary)
{
    private readonly IReadOnlyDictionary<string, int[]> _seasons = vocabulary.Seasons;
    private readonly HashSet<string> _untilWords = [.. vocabulary.UntilWords];
    private readonly HashSet<string> _calendarVerbs = [.. vocabulary.CalendarVerbs];
    private readonly HashSet<string> _calendarNouns = [.. vocabulary.CalendarNouns];
    private readonly HashSet<string> _formatWords = [.. vocabulary.FormatQuestionWords];
    private readonly HashSet<string> _remoteMeetingWords = [.. vocabulary.RemoteMeetingWords];
    private readonly HashSet<string> _joinWords = [.. vocabulary.JoinWords];
    private readonly HashSet<string> _additionalWords = [.. vocabulary.AdditionalWords];
    private readonly HashSet<string> _reasonWords = [.. vocabulary.ReasonWords];
    private readonly HashSet<string> _pastWords = [.. vocabulary.PastBeWords, .. vocabulary.PastQuestionWords, .. vocabulary.HeldWords];
    private readonly HashSet<string> _meetingWords = [.. vocabulary.MeetingWords];
    private readonly HashSet<string> _absenceWords = [.. vocabulary.AbsenceQuestionWords];
    private readonly HashSet<string> _originalWords = [.. vocabulary.OriginalWords];
    private readonly HashSet<string> _originalPlanWords = [.. vocabulary.OriginalPlanWords];
    private readonly HashSet<string> _originalDateWords = [.. vocabulary.OriginalDateWords];
    private readonly HashSet<string> _originalDateNouns = [.. vocabulary.OriginalDateNouns];
    private readonly HashSet<string> _remainingWords = [.. vocabulary.RemainingWords];
    private readonly HashSet<string> _attendanceWords = [.. vocabulary.AttendanceWords];
    private readonly HashSet<string> _negationWords = [.. vocabulary.NegationWords];
    private readonly CuePhrases _absenceCues = new(vocabulary.AbsenceQuestionCues);

    /// <summary>
    /// The first season the question names when it speaks of meetings (a body named, a meeting word or a calendar noun:
    /// "the autumn meetings", "autumn dates of the X group"), its word marked dated (no topic); else null, and "summer
    /// time" stays a topic.
    /// </summary>
    public (int First, int Last)? Season(IReadOnlyList<Word> words, bool[] dated, bool bodyNamed)
    {
        if (!bodyNamed && !words.Any(w => _meetingWords.Contains(w.Lower) || _calendarNouns.Contains(w.Lower))) return null;
        for (var i = 0; i < words.Count; i++)
        {
            if (dated[i] || !_seasons.TryGetValue(words[i].Lower, out var months) || months.Length != 2) continue;
            dated[i] = true;
            return (months[0], months[1]);
        }
        return null;
    }

    /// <summary>
    /// Whether the season named is the end of the span asked for, not the span: an until word right before it, or before
    /// "the" before it ("dates until the summer?", "meetings before winter").
    /// </summary>
    public bool UntilSeason(IReadOnlyList<Word> words)
    {
        for (var i = 1; i < words.Count; i++)
        {
            if (!_seasons.ContainsKey(words[i].Lower)) continue;
            var before = words[i - 1].Lower == "the" && i > 1 ? words[i - 2].Lower : words[i - 1].Lower;
            return _untilWords.Contains(before);
        }
        return false;
    }

    /// <summary>
    /// The positions of a calendar noun and a verb a speaker gives it by ("which dates did the Presidency announce?",
    /// "what meeting dates has HR proposed?"), or empty when the question does not ask for a calendar.
    /// </summary>
    public IReadOnlyList<int> CalendarGiven(IReadOnlyList<Word> words)
    {
        var nouns = Enumerable.Range(0, words.Count).Where(i => _calendarNouns.Contains(words[i].Lower)).ToList();
        var verbs = Enumerable.Range(0, words.Count).Where(i => _calendarVerbs.Contains(words[i].Lower)).ToList();
        return nouns.Count == 0 || verbs.Count == 0 ? [] : [.. nouns, .. verbs];
    }

    /// <summary>
    /// Whether the question asks how a meeting held was held: a format word, a past tense, no "when". A format word after
    /// a word of the topic is that topic's ("what was decided on the travel document format?" asks about a document).
    /// </summary>
    public bool AsksFormat(IReadOnlyList<Word> words, bool asksWhen, IReadOnlyList<string> topicWords) =>
        !asksWhen && words.Where((w, i) => _formatWords.Contains(w.Lower) && (i == 0 || !topicWords.Contains(words[i - 1].Lower))).Any()
        && words.Any(w => _pastWords.Contains(w.Lower));

    /// <summary>
    /// Whether the question asks when meetings of a kind held at a distance were held ("when did the X WP hold a vtc?",
    /// "when was the videoconference?"): a "when", a past tense and a word naming such a meeting.
    /// </summary>
    public bool AsksRemoteMeetingsHeld(IReadOnlyList<Word> words, bool asksWhen) =>
        asksWhen && words.Any(w => _remoteMeetingWords.Contains(w.Lower)) && words.Any(w => _pastWords.Contains(w.Lower));

    /// <summary>
    /// Whether a question asking who asks who took part in a given format ("which MS joined remotely?", "who attended by
    /// video?"): a format word, and no topic but words of format and of taking part.
    /// </summary>
    public bool AsksWhoInFormat(IReadOnlyList<Word> words, IReadOnlyList<string> topicWords) =>
        words.Any(w => _formatWords.Contains(w.Lower)) && topicWords.All(w => _formatWords.Contains(w) || _joinWords.Contains(w));

    /// <summary>
    /// Whether the question asks when a meeting held was first planned: "originally planned", "initially foreseen", a past
    /// tense, or "the original date", and a meeting word or the body's name ("when was the March TRANSWP first meant to be?").
    /// </summary>
    public bool AsksOriginalDate(IReadOnlyList<Word> words, bool bodyNamed) =>
        (words.Any(w => _originalWords.Contains(w.Lower)) && words.Any(w => _originalPlanWords.Contains(w.Lower)) && words.Any(w => _pastWords.Contains(w.Lower))
            || words.Where((w, i) => _originalDateWords.Contains(w.Lower) && i + 1 < words.Count && _originalDateNouns.Contains(words[i + 1].Lower)).Any())
        && (bodyNamed || words.Any(w => _meetingWords.Contains(w.Lower)));

    /// <summary>
    /// Whether the question asks for what is left of this year ("which dates are left this year?", "remaining meetings
    /// this year", "dates for the rest of the year"): a remaining word and "this year" (or "the year" right after "rest
    /// of"), whose words are marked dated (no topic), the remaining word too when it stands before them.
    /// </summary>
    public bool RestOfYear(IReadOnlyList<Word> words, bool[] dated)
    {
        if (!words.Any(w => _remainingWords.Contains(w.Lower))) return false;
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (words[i + 1].Lower != "year") continue;
            if (words[i].Lower == "this")
            {
                dated[i] = dated[i + 1] = true;
                return true;
            }
            // "the rest of the year", "the remainder of the year"
            if (words[i].Lower == "the" && i >= 2 && words[i - 1].Lower == "of" && _remainingWords.Contains(words[i - 2].Lower))
            {
                dated[i - 2] = dated[i - 1] = dated[i] = dated[i + 1] = true;
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether the question asks who was absent: "absent", attending negated ("did not attend", "not represented"), or
    /// being there negated ("who wasn't at the meeting?", "who didn't come?").
    /// </summary>
    public bool AsksAbsence(IReadOnlyList<Word> words) =>
        words.Any(w => _absenceWords.Contains(w.Lower))
        || (words.Any(w => _attendanceWords.Contains(w.Lower)) && words.Any(w => _negationWords.Contains(w.Lower)))
        || CueMatcher.MatchAny(words, _absenceCues, new bool[words.Count]);

    /// <summary>Whether the question asks why an additional meeting was held: "why ... extra", "what was the extra meeting for?".</summary>
    public bool AsksWhyAdditional(IReadOnlyList<Word> words) =>
        AdditionalMeeting(words)
        && (words.Any(w => _reasonWords.Contains(w.Lower))
            || (words.Count > 0 && words[^1].Lower == "for" && words.Any(w => _pastWords.Contains(w.Lower))));

    /// <summary>An additional word with a meeting word after it ("the extra WP meeting") or "one" right after ("an extra one").</summary>
    private bool AdditionalMeeting(IReadOnlyList<Word> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (!_additionalWords.Contains(words[i].Lower)) continue;
            if (i + 1 < words.Count && words[i + 1].Lower == "one") return true;
            if (words.Skip(i + 1).Any(w => _meetingWords.Contains(w.Lower))) return true;
        }
        return false;
    }
}
