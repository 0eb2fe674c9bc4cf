namespace WorkingParty.Answers.Understanding;

/// <summary>
/// Questions about meetings that no cue phrase names, read from what they hold once their topic is gone: a working
/// party's name with "next" ("next WPMT?"), a period ("and after 22 April?"), a date with a meeting word or nothing else
/// ("is the 17 June meeting still on?", "any shipping WP meetings in May?"), a body meeting on its own ("when does the
/// shipping WP meet alone?"), and "when did the shipping WP meet?" or
/// "when was this meeting?" (the last meeting held, of the body named).
/// </summary>
internal sealed class MeetingQuestions(Vocabulary vocabulary)
{
    /// <summary>How many words after "which" a meeting word may come ("which COEST Russia meetings").</summary>
    private const int MeetingWordReach = 4;

    private readonly HashSet<string> _meetingWords = [.. vocabulary.MeetingWords];
    private readonly HashSet<string> _heldWords = [.. vocabulary.HeldWords];
    private readonly HashSet<string> _pastQuestionWords = [.. vocabulary.PastQuestionWords];
    private readonly HashSet<string> _pastBeWords = [.. vocabulary.PastBeWords];
    private readonly HashSet<string> _comingWords = [.. vocabulary.ComingWords];
    private readonly HashSet<string> _additionalWords = [.. vocabulary.AdditionalWords];
    private readonly HashSet<string> _separateWords = [.. vocabulary.SeparateWords];
    private readonly HashSet<string> _plannedWords = [.. vocabulary.PlannedWords];
    private readonly HashSet<string> _calendarVerbs = [.. vocabulary.CalendarVerbs];
    private readonly HashSet<string> _singleDateWords = [.. vocabulary.SingleDateWords];
    private readonly HashSet<string> _cancelWords = [.. vocabulary.CancelWords];
    private readonly HashSet<string> _discussedWords = [.. vocabulary.DiscussedWords];
    private readonly HashSet<string> _whichWords = [.. vocabulary.WhichWords];
    private readonly HashSet<string> _actNouns = [.. vocabulary.ActNouns];
    private readonly HashSet<string> _scheduleChangeWords = [.. vocabulary.ScheduleChangeWords, .. vocabulary.MeetingStatusWords, .. vocabulary.EarliestWords];

    /// <summary>What a question of no other intent asks about meetings, or null when it asks about something else.</summary>
    public Intent? Intent(IReadOnlyList<Word> words, IReadOnlyList<string> topicWords, IReadOnlySet<string>? bodies,
        MeetingFilter? meeting, MeetingFilter? after, bool past, bool asksWhen = false)
    {
        if (topicWords.Any(w => !_scheduleChangeWords.Contains(w) && !_meetingWords.Contains(w) && !_additionalWords.Contains(w) && !_separateWords.Contains(w))) return null;
        var names = bodies is not null || words.Any(w => _meetingWords.Contains(w.Lower));
        if (meeting?.Day is not null) return Understanding.Intent.MeetingOn;
        if (after is not null) return Understanding.Intent.NextMeeting;
        var asksIfHeld = words.Any(w => _heldWords.Contains(w.Lower))
            || (words.Any(w => _pastQuestionWords.Contains(w.Lower)) && words.Any(w => _meetingWords.Contains(w.Lower)));
        var saysMeeting = words.Any(w => _meetingWords.Contains(w.Lower));
        var coming = words.Any(w => _comingWords.Contains(w.Lower));
        // "which meeting was postponed and to when?" asks for the change, not the last meeting.
        var asksChange = words.Any(w => _cancelWords.Contains(w.Lower));
        if (asksWhen && meeting is null && !coming && !asksChange && (bodies is not null || saysMeeting)
            && (asksIfHeld || ((saysMeeting || bodies is not null) && words.Any(w => _pastBeWords.Contains(w.Lower)))))
        {
            return Understanding.Intent.LastMeeting;
        }
        // "Did the May meeting go ahead?": a month's meetings, held or not (MeetingOn tells both); a year's, those held.
        if (names && asksIfHeld && meeting?.Month is null) return Understanding.Intent.MinutesList;
        if (names && meeting is not null) return Understanding.Intent.MeetingOn;
        // "next PORTS meetings?", "which PORTS meetings are planned?", "when does PORTS meet alone?": the coming ones.
        if (names && !past && words.Any(w => _comingWords.Contains(w.Lower) || _additionalWords.Contains(w.Lower) || _calendarVerbs.Contains(w.Lower) || _separateWords.Contains(w.Lower)))
            return Understanding.Intent.NextMeeting;
        return null;
    }

    /// <summary>
    /// Whether a question a next-meeting cue matched without saying "next" asks about the recorded meeting: "what was the
    /// meeting date?", "meeting date?", "what were the meeting dates in January?" (a past tense, or one date and no verb),
    /// unless it says the dates were planned or announced, or speaks of now or later ("which meeting dates were set?",
    /// "what are the meeting dates?"). Workshops are not the recorded meeting.
    /// </summary>
    public bool AsksRecordedMeeting(IReadOnlyList<Word> words, bool workshopsOnly)
    {
        if (workshopsOnly || !words.Any(w => _meetingWords.Contains(w.Lower))) return false;
        if (words.Any(w => _comingWords.Contains(w.Lower) || _plannedWords.Contains(w.Lower))) return false;
        var past = words.Any(w => _pastBeWords.Contains(w.Lower) || _pastQuestionWords.Contains(w.Lower));
        return past || words.Any(w => _singleDateWords.Contains(w.Lower));
    }

    /// <summary>
    /// "Which meetings discussed X?", "in which meetings was X discussed?", "when was X discussed?": every meeting held
    /// that discussed the topic, not the one item of the newest (a discussion word, with "which"/"what" before a meeting
    /// word or with "when" in the past).
    /// </summary>
    public bool AsksMeetingsOnTopic(IReadOnlyList<Word> words, bool asksWhen)
    {
        if (!words.Any(w => _discussedWords.Contains(w.Lower))) return false;
        if (asksWhen) return words.Any(w => _pastBeWords.Contains(w.Lower));
        return Enumerable.Range(0, words.Count).Any(i => _whichWords.Contains(words[i].Lower)
            && words.Skip(i + 1).Take(MeetingWordReach).Any(w => _meetingWords.Contains(w.Lower)));
    }

    /// <summary>The words of a file asked about without the noun of its act ("combined transport" for "the combined transport directive"), when any are left.</summary>
    public List<string> FileWords(List<string> topicWords) =>
        topicWords.Where(w => !_actNouns.Contains(w)).ToList() is { Count: > 0 } file ? file : topicWords;

    public bool AsksAdditional(IReadOnlyList<Word> words) => words.Any(w => _additionalWords.Contains(w.Lower));

    /// <summary>
    /// Whether an additional meeting is asked of with no past tense ("dates of the additional meeting?"): a coming one,
    /// not one held ("when was the extra meeting held?").
    /// </summary>
    public bool AsksComingAdditional(IReadOnlyList<Word> words) => AsksAdditional(words)
        && !words.Any(w => _heldWords.Contains(w.Lower) || _pastQuestionWords.Contains(w.Lower) || _pastBeWords.Contains(w.Lower));
}
