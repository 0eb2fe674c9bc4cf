namespace WorkingParty.Answers.Understanding;

/// <summary>
/// What else a question asks of its answer, each told by a word of vocabulary.json anywhere in it: what was said, a
/// summary, a change of schedule, a cancellation, a reason, reservations, the delegations only, earlier or joint meetings.
/// </summary>
internal sealed class AskedDetails(Vocabulary vocabulary)
{
    /// <summary>How many words after "first" a plural meeting word makes it several ("the first two COELA meetings").</summary>
    private const int PluralReach = 3;

    private readonly HashSet<string> _pluralMeetingWords = [.. vocabulary.MeetingWords.Where(w => w.EndsWith('s')), "dates"];
    private readonly HashSet<string> _saidCues = [.. vocabulary.SaidCues];
    private readonly HashSet<string> _summaryWords = [.. vocabulary.SummaryWords];
    private readonly HashSet<string> _scheduleChangeWords = [.. vocabulary.ScheduleChangeWords, .. vocabulary.MeetingStatusWords];
    private readonly HashSet<string> _delegationWords = [.. vocabulary.DelegationWords];
    private readonly HashSet<string> _cancelWords = [.. vocabulary.CancelWords];
    private readonly HashSet<string> _reservationWords = [.. vocabulary.ReservationWords];
    private readonly HashSet<string> _earlierMeetingWords = [.. vocabulary.EarlierMeetingWords];
    private readonly HashSet<string> _meetingWords = [.. vocabulary.MeetingWords, .. vocabulary.HeldWords];
    private readonly HashSet<string> _jointRecordWords = [.. vocabulary.MeetingWords, .. vocabulary.HeldWords, .. vocabulary.MinutesNouns];

    /// <summary>
    /// "Which summary record was approved?", "what minutes were adopted?": a record said to have been approved (an approval
    /// word right after "was" or "were"), which the minutes name in an item of their own, with its document.
    /// </summary>
    public bool RecordApproved(IReadOnlyList<Word> words) =>
        Enumerable.Range(1, Math.Max(0, words.Count - 1)).Any(i => vocabulary.ApprovalWords.Contains(words[i].Lower)
            && vocabulary.PastBeWords.Contains(words[i - 1].Lower) && words.Take(i - 1).Any(w => vocabulary.MinutesNouns.Contains(w.Lower)));

    public bool Said(IReadOnlyList<Word> words) =>
        words.Any(w => _saidCues.Contains(w.Lower) || _saidCues.Contains(FillerWords.Singular(w.Lower)));

    /// <summary>
    /// "NL on article 5?", "and the Cion about the scope?": a question opening on an actor (after "and", "what about")
    /// and going on with what it spoke about, and nothing else asked ("CLS on the opinion - what's next?"), asks what that actor said.
    /// </summary>
    public bool SaidOn(IReadOnlyList<Word> words, IReadOnlyList<ActorMention> mentions) =>
        mentions.Any(m => m.Start + m.Length < words.Count && vocabulary.ActorTopicWords.Contains(words[m.Start + m.Length].Lower)
            && words.Take(m.Start).All(w => vocabulary.ActorOpeningWords.Contains(w.Lower))
            && !words.Skip(m.Start).Any(w => vocabulary.QuestionWords.Contains(w.Lower)));

    public bool Summary(IReadOnlyList<Word> words) => words.Any(w => _summaryWords.Contains(w.Lower));

    public bool ScheduleChange(IReadOnlyList<Word> words) => words.Any(w => _scheduleChangeWords.Contains(w.Lower));

    public bool DelegationsOnly(IReadOnlyList<Word> words) => words.Any(w => _delegationWords.Contains(w.Lower));

    /// <summary>Whether the question asks who: "who", or "which countries / delegations" (not "by when must MS reply?").</summary>
    public bool Who(IReadOnlyList<Word> words) =>
        words.Any(w => vocabulary.WhoWords.Contains(w.Lower))
        || words.Zip(words.Skip(1)).Any(p => vocabulary.WhichWords.Contains(p.First.Lower) && _delegationWords.Contains(p.Second.Lower));

    public bool Cancellation(IReadOnlyList<Word> words) => words.Any(w => _cancelWords.Contains(w.Lower));

    public bool Move(IReadOnlyList<Word> words) => words.Any(w => vocabulary.MovedWords.Contains(w.Lower));

    public bool Latest(IReadOnlyList<Word> words) => words.Any(w => vocabulary.LatestCues.Contains(w.Lower));

    /// <summary>
    /// "The first meeting", "the earliest": one date, the soonest; "the first meetings in January" asks for several (a
    /// plural meeting word within the next words).
    /// </summary>
    public bool Earliest(IReadOnlyList<Word> words) =>
        Enumerable.Range(0, words.Count).Any(i => vocabulary.EarliestWords.Contains(words[i].Lower)
            && !words.Skip(i + 1).Take(PluralReach).Any(w => _pluralMeetingWords.Contains(w.Lower)));

    public bool SeveralDeadlines(IReadOnlyList<Word> words) => words.Any(w => vocabulary.SeveralDeadlinesWords.Contains(w.Lower));

    public bool Comments(IReadOnlyList<Word> words) => words.Any(w => vocabulary.CommentWords.Contains(w.Lower));

    public bool OpenDeadlines(IReadOnlyList<Word> words) => words.Any(w => vocabulary.OpenDeadlineWords.Contains(w.Lower));

    public bool NamesDeadline(IReadOnlyList<Word> words) =>
        words.Any(w => vocabulary.DeadlineNouns.Contains(w.Lower) || vocabulary.CommentWords.Contains(w.Lower));

    public bool PeriodEnd(IReadOnlyList<Word> words) => words.Any(w => vocabulary.PeriodEndWords.Contains(w.Lower));

    public bool Place(IReadOnlyList<Word> words) => words.Any(w => vocabulary.PlaceQuestionWords.Contains(w.Lower));

    public bool SeveralDocuments(IReadOnlyList<Word> words) => words.Any(w => vocabulary.SeveralDocumentsWords.Contains(w.Lower));

    public bool Reason(IReadOnlyList<Word> words) => words.Any(w => vocabulary.ReasonWords.Contains(w.Lower));

    public bool Reservations(IReadOnlyList<Word> words) => words.Any(w => _reservationWords.Contains(w.Lower));

    /// <summary>
    /// Joint meetings of bodies: "when did A and B meet jointly?", "when was the joint meeting of A and B?", "when were
    /// the joint A/B minutes issued?".
    /// </summary>
    public bool Joint(IReadOnlyList<Word> words) =>
        words.Any(w => vocabulary.JointWords.Contains(w.Lower)) && words.Any(w => _jointRecordWords.Contains(w.Lower));

    /// <summary>
    /// The coming joint meeting: "next joint meeting?", "when's the next joint VTC" (a joint word right after a coming
    /// word), not the next meeting of one body after a joint one ("next PMG after the joint meeting?").
    /// </summary>
    public bool NextJoint(IReadOnlyList<Word> words) =>
        Enumerable.Range(1, Math.Max(0, words.Count - 1)).Any(i => vocabulary.JointWords.Contains(words[i].Lower) && vocabulary.ComingWords.Contains(words[i - 1].Lower));

    /// <summary>The coming meeting held at a distance: "next vtc?", "when is the next videoconference?" (the word right after a coming word).</summary>
    public bool NextRemote(IReadOnlyList<Word> words) =>
        Enumerable.Range(1, Math.Max(0, words.Count - 1)).Any(i => vocabulary.RemoteMeetingWords.Contains(words[i].Lower) && vocabulary.ComingWords.Contains(words[i - 1].Lower));

    /// <summary>A body's meetings apart from its joint ones: "when does X meet on its own next?", "next X meeting alone?".</summary>
    public bool Separate(IReadOnlyList<Word> words) => words.Any(w => vocabulary.SeparateWords.Contains(w.Lower));

    /// <summary>Earlier meetings the minutes mention: "other meetings in October?", "when did the WP meet before 12 March?".</summary>
    public bool EarlierMeetings(IReadOnlyList<Word> words) =>
        words.Any(w => _earlierMeetingWords.Contains(w.Lower)) && words.Any(w => _meetingWords.Contains(w.Lower));
}
