namespace WorkingParty.Answers.Composition;

/// <summary>The meetings whose minutes are held, as of today: the latest of each working party, or all of them.</summary>
internal static class MeetingsHeld
{
    private static readonly HashSet<string> RemoteMeetingWords = [.. Vocabulary.Default.RemoteMeetingWords];

    /// <summary>
    /// "When did we last meet?": the latest meeting of each working party asked about (in the month asked, if any); of a
    /// party named and asked its "last" meeting, the latest under any of its names (a configuration's or a joint meeting's
    /// the question names too, see <see cref="BodyConfigurations"/>); asked only "when did it meet?", the latest under each name.
    /// </summary>
    public static LastMeetingsAnswer? Last(QuestionReading question, MinutesLibrary library, DateOnly today)
    {
        var latest = new List<HeldMeeting>();
        foreach (var meeting in Held(question, library, today))
        {
            if (latest.Any(m => m.Body == meeting.Body
                || (question.Bodies is not null && question.AsksLatest && Related(m.Body, meeting.Body))))
            {
                continue;
            }
            latest.Add(meeting);
        }
        return latest.Count == 0 ? null : new LastMeetingsAnswer(today, latest);
    }

    /// <summary>
    /// Two bodies a question named as one party: a configuration of the other, one configuration under differently
    /// worded parents, or either a joint meeting.
    /// </summary>
    private static bool Related(string one, string other) =>
        BodyConfigurations.Of(one, other) || BodyConfigurations.Of(other, one) || BodyConfigurations.SameConfiguration(one, other)
        || BodyConfigurations.IsJoint(one) || BodyConfigurations.IsJoint(other);

    /// <summary>
    /// "When did the WP hold a vtc?": every meeting asked about whose record's title or kind calls it a meeting held at a
    /// distance ("Summary of the informal videoconference of ..."), newest first; null when none does.
    /// </summary>
    public static LastMeetingsAnswer? Remote(QuestionReading question, MinutesLibrary library, DateOnly today)
    {
        var remote = Asked(question, library, today).Where(m => SaysRemote(m.Title) || SaysRemote(m.Header.Kind)).Select(HeldMeetings.Of).ToList();
        return remote.Count == 0 ? null : new LastMeetingsAnswer(today, remote);
    }

    /// <summary>
    /// "The meeting postponed from 3 March, when was it held?": the meetings whose own record says they were moved to
    /// their day in a sentence writing the day asked about ("The meeting, initially planned for 3 March, was postponed to
    /// 10 March"), newest first; null when none does.
    /// </summary>
    public static LastMeetingsAnswer? MovedFrom(QuestionReading question, MinutesLibrary library, DateOnly today)
    {
        var day = Concepts.Of(question.DateWords);
        var moved = library.NewestFirst(question.Bodies, today)
            .Where(m => MovesToItsDay(m).Any(e => day.AllFoundIn(Concepts.TermsOf(e.Sentence))))
            .Select(HeldMeetings.Of).ToList();
        return moved.Count == 0 ? null : new LastMeetingsAnswer(today, moved);
    }

    /// <summary>The events of a meeting's own record that move it to its own day: it was postponed or brought forward to it.</summary>
    public static IEnumerable<DatedEvent> MovesToItsDay(Meeting meeting) =>
        meeting.Events.Where(e => e.Status == MovedTo && e.Date >= meeting.Date && e.Date <= (meeting.EndDate ?? meeting.Date));

    private const string MovedTo = "postponed";

    private static bool SaysRemote(string? text) => text is not null && Words.Split(text).Any(w => RemoteMeetingWords.Contains(w.Lower));

    /// <summary>"Which minutes do you have?": every meeting of the working parties asked about, latest first.</summary>
    public static MinutesListAnswer? All(QuestionReading question, MinutesLibrary library, DateOnly today)
    {
        var all = Held(question, library, today).ToList();
        return all.Count == 0 ? null : new MinutesListAnswer(today, all);
    }

    /// <summary>
    /// "When were the minutes issued?": the record of the meeting named by its date (the latest when none is named),
    /// with its document number and issue date.
    /// </summary>
    public static MinutesIssuedAnswer? Issued(QuestionReading question, MinutesLibrary library, DateOnly today) =>
        Named(question, library, today) is { Count: > 0 } named ? new MinutesIssuedAnswer(today, named) : null;

    /// <summary>
    /// "When were the fisheries minutes issued?": the records of the meetings with an item whose title holds the topic,
    /// newest first, with their document numbers and issue dates; null when no title holds it.
    /// </summary>
    public static MinutesIssuedAnswer? IssuedOnTopic(QuestionReading question, MinutesLibrary library, DateOnly today)
    {
        var concepts = Concepts.Of(question.TopicWords);
        if (concepts.Count == 0) return null;
        var meetings = library.Titles.Holding(concepts.Terms[0])
            .Where(t => MinutesLibrary.IsHeld(t.Meeting, question.Bodies, today) && (question.Meeting?.Accepts(t.Meeting) ?? true))
            .Where(t => concepts.AllFoundIn(t.Terms))
            .Select(t => t.Meeting).Distinct().Select(HeldMeetings.Of).ToList();
        return meetings.Count == 0 ? null : new MinutesIssuedAnswer(today, meetings);
    }

    /// <summary>
    /// "Which minutes mention the toll survey?", "which port levy minutes do we have?": the records of the meetings with
    /// an item title or a sentence holding every word of the topic, newest first, with their document numbers; null
    /// when none does.
    /// </summary>
    public static MinutesListAnswer? OnTopic(QuestionReading question, MinutesLibrary library, DateOnly today, int hits)
    {
        var concepts = Concepts.Of(question.TopicWords);
        if (concepts.Count == 0) return null;
        var accepted = (Meeting m) => MinutesLibrary.IsHeld(m, question.Bodies, today) && (question.Meeting?.Accepts(m) ?? true);
        var titled = library.Titles.Holding(concepts.Terms[0]).Where(t => accepted(t.Meeting) && concepts.AllFoundIn(t.Terms)).Select(t => t.Meeting);
        var said = library.Index.Match(concepts, hits, p => accepted(p.Meeting))
            .Where(m => concepts.AllFoundIn(library.Index.TermsOf(m.Passage))).Select(m => m.Passage.Meeting);
        var meetings = titled.Concat(said).Distinct().OrderByDescending(library.PositionOf).Select(HeldMeetings.Of).ToList();
        return meetings.Count == 0 ? null : new MinutesListAnswer(today, meetings);
    }

    /// <summary>
    /// "What's the document number of this record?": the record of the meeting named by its date (the latest when none
    /// is named), as it is listed: when it met, its document number and issue date.
    /// </summary>
    public static MinutesListAnswer? Record(QuestionReading question, MinutesLibrary library, DateOnly today) =>
        Named(question, library, today) is { Count: > 0 } named ? new MinutesListAnswer(today, named) : null;

    private static List<HeldMeeting> Named(QuestionReading question, MinutesLibrary library, DateOnly today)
    {
        var named = Held(question, library, today).ToList();
        return question.Meeting is null ? named.Take(1).ToList() : named;
    }

    /// <summary>
    /// "When did the WP meet (doc 8120/36)?", "when was 8120/36 issued?": the meetings whose minutes bear the number the
    /// question names (any copy or revision), when it asks for a date or nothing else; null when no minutes bear it.
    /// </summary>
    public static Answer? ByOwnNumber(QuestionReading question, MinutesLibrary library, DateOnly today)
    {
        if (question.Document is not { } reference || (question.TopicWords.Count > 0 && !question.AsksWhen && !question.AsksIssueDate)) return null;
        var key = DocumentReference.BaseKey(reference);
        var own = library.NewestFirst(question.Bodies, today)
            .Where(m => m.Header.DocumentNumber is { } number && DocumentReference.BaseKey(number) == key)
            .Select(HeldMeetings.Of).ToList();
        if (own.Count == 0) return null;
        return question.AsksIssueDate ? new MinutesIssuedAnswer(today, own) : new MinutesListAnswer(today, own);
    }

    /// <summary>The meetings asked about, newest first: in the period asked, if any; only the joint ones when asked "jointly".</summary>
    private static IEnumerable<HeldMeeting> Held(QuestionReading question, MinutesLibrary library, DateOnly today) =>
        Asked(question, library, today).Select(HeldMeetings.Of);

    private static IEnumerable<Meeting> Asked(QuestionReading question, MinutesLibrary library, DateOnly today) =>
        library.NewestFirst(question.Bodies, today)
            .Where(m => (question.Meeting?.Accepts(m) ?? true) && (!question.AsksJoint || BodyConfigurations.IsJoint(m.Body) || BodyConfigurations.IsJoint(m.Title)));
}
