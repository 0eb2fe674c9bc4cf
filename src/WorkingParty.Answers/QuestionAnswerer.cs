using System.Diagnostics;
using WorkingParty.Answers.Composition;
using WorkingParty.Answers.Schedule;

namespace WorkingParty.Answers;

/// <summary>
/// The entry point the bot host calls: a delegate's question in, an <see cref="Answer"/> out, from every stored
/// meeting and the secretariat's announced date changes. Thread-safe; <see cref="Rebuild"/> swaps in new minutes.
/// </summary>
public sealed class QuestionAnswerer
{
    private static readonly HashSet<string> MinutesNouns = [.. Vocabulary.Default.MinutesNouns];
    private static readonly HashSet<string> MeetingWords = [.. Vocabulary.Default.MeetingWords];
    private const string PresidencyWord = "presidency";
    private static readonly HashSet<string> BoundWords = [.. Vocabulary.Default.PeriodStartWords, .. Vocabulary.Default.UntilWords];

    private readonly IScheduleChanges _scheduleChanges;
    private readonly RetrievalSettings _retrieval;
    private readonly IndexCache? _cache;
    private readonly EarlierMeetings _earlierMeetings = new(Vocabulary.Default);
    private volatile Shelf _shelf;

    public QuestionAnswerer(IEnumerable<Meeting> meetings, IScheduleChanges scheduleChanges)
        : this(meetings, scheduleChanges, RetrievalSettings.Default)
    {
    }

    /// <param name="cache">Where the built full-text index is kept between starts; each library built loads it or writes it.</param>
    public QuestionAnswerer(IEnumerable<Meeting> meetings, IScheduleChanges scheduleChanges, IndexCache? cache)
        : this(meetings, scheduleChanges, RetrievalSettings.Default, cache)
    {
    }

    internal QuestionAnswerer(IEnumerable<Meeting> meetings, IScheduleChanges scheduleChanges, RetrievalSettings retrieval, IndexCache? cache = null)
    {
        _scheduleChanges = scheduleChanges;
        _retrieval = retrieval;
        _cache = cache;
        _shelf = new Shelf(MinutesLibrary.Build(meetings, cache));
    }

    public MinutesLibrary Library => _shelf.Library;

    /// <summary>
    /// Builds what every answerer shares and builds once per process (the index's analyzers and synonyms, the actor
    /// directory, the vocabulary, the minutes' definitions), so that a caller can have it done while it reads the
    /// meetings, on another core; an answerer built afterwards finds it ready. Building an answerer does it anyway.
    /// </summary>
    public static void Prepare()
    {
        _ = MinutesAnalyzer.ForPassages;
        _ = MinutesAnalyzer.ForQuestions;
        _ = Vocabulary.Default;
        _ = RetrievalSettings.Default;
    }

    /// <summary>The minutes and announced changes answers are read from now; read it before answering to key a cached answer.</summary>
    public AnswerEdition Edition => new(_shelf, _scheduleChanges.Current());

    /// <summary>Rebuilds the library and index from the meetings now stored (after minutes were added).</summary>
    public void Rebuild(IEnumerable<Meeting> meetings) => _shelf = new Shelf(MinutesLibrary.Build(meetings, _cache));

    public Answer Answer(string question, DateOnly today)
    {
        using var activity = AnswerTelemetry.Source.StartActivity("answer question");
        var started = Stopwatch.GetTimestamp();
        var current = _shelf;
        var read = current.Reader.Read(question);
        var reading = read.Meeting is { } named ? read with { Meeting = named.Nearest(today) } : read;
        var (answer, outcome) = HeldMeetingQualifiers.Checked(reading, Compose(reading, current.Library, today), current.Library) is { } composed
            ? (MeetingPlaces.InsteadOfDates(reading, composed), AnswerTelemetry.Answered)
            : Passages.Answer(reading, current.Library, today, _retrieval) is { } passages
                ? (passages, AnswerTelemetry.Passages)
                : (NotFound.For(reading, current.Library, today), AnswerTelemetry.Nothing);
        AnswerTelemetry.Record(activity, reading.Intent, outcome, Stopwatch.GetElapsedTime(started));
        return answer with { Scope = reading.Bodies?.Order(StringComparer.Ordinal).ToList() ?? [] };
    }

    /// <summary>The deadline <c>{meetingId}/{Deadline.LocalId}</c>, announced extensions applied, or null.</summary>
    public DeadlineEntry? FindDeadline(string id, DateOnly today) =>
        Deadlines.All(_shelf.Library, today, _scheduleChanges.Current()).FirstOrDefault(d => d.Id == id);

    /// <summary>Every coming meeting and workshop of every working party (announced changes applied), soonest first.</summary>
    public IReadOnlyList<UpcomingDate> UpcomingDates(DateOnly today) =>
        NextMeetings.After(today, _shelf.Library, bodies: null, _scheduleChanges.Current());

    /// <summary>One agenda item by meeting id and number (an agenda card's button), or null when there is none.</summary>
    public AgendaItemAnswer? OpenItem(string meetingId, int number)
    {
        var meeting = _shelf.Library.Meetings.FirstOrDefault(m => m.Id == meetingId);
        var item = meeting?.Items.FirstOrDefault(i => i.Number == number);
        return meeting is null || item is null ? null : AgendaItems.Full(meeting, item);
    }

    private Answer? Compose(QuestionReading question, MinutesLibrary library, DateOnly today)
    {
        if (question.AsksEarlierMeetings && question.Intent is Intent.Topic or Intent.LastMeeting or Intent.MinutesList or Intent.MeetingOn
            && _earlierMeetings.Answer(question, library, today) is { } earlier)
        {
            return earlier;
        }

        if (question.Intent == Intent.Document && MeetingsHeld.ByOwnNumber(question, library, today) is { } own) return own;
        if (question.Intent == Intent.Document && AsksOwnNumber(question) && MeetingsHeld.Record(question, library, today) is { } record) return record;
        if (AsksWhetherDecided(question) && MeetingNature.Decided(question, library, today) is { } decided) return decided;
        if (question.AsksRemoteMeetingsHeld && MeetingsHeld.Remote(question, library, today) is { } remote) return remote;
        if (question.AsksFormat && !AsksDecisionOnATopic(question) && MeetingNature.Format(question, library, today) is { } format) return format;
        if (question.AsksWhyAdditional && MeetingNature.WhyAdditional(question, library, today) is { } why) return why;
        if (question.AsksAbsence && MeetingNature.Absent(question, library, today) is { } absent) return absent;
        if (question.AsksOriginalDate && MeetingNature.FirstPlanned(question, library, today) is { } planned) return planned;
        if (question.AsksWhen && HeldMeetingQualifiers.AsksMovedFromADay(question) && MeetingsHeld.MovedFrom(question, library, today) is { } moved) return moved;

        // "Last meeting of the year?", "dates of the additional meeting?" asked with such dates still to come: those, not the
        // last meeting held.
        if (question.Closing is { } closing && !NamesAPresidency(question, closing)
            && NextMeetingsAnswer(question, library, today, closing.End(today)) is { Dates.Count: > 0 } last)
        {
            return last;
        }
        if (question.AsksComingAdditional && question.Intent is Intent.LastMeeting or Intent.MinutesList
            && NextMeetingsAnswer(question, library, today) is { Dates.Count: > 0 } additional)
        {
            return additional;
        }

        var asksAboutSomethingElse = question.TopicWords.Count > 0;
        if (question.AsksSummary && !asksAboutSomethingElse && !question.AsksScheduleChange
            && question.Intent is Intent.Agenda or Intent.MeetingOn or Intent.LastMeeting or Intent.MinutesList or Intent.Topic
            && Agenda.Answer(question, library, today, detailed: true) is { } summary)
        {
            return summary;
        }

        return question.Intent switch
        {
            Intent.NextMeeting when !asksAboutSomethingElse => NextMeetingsAnswer(question, library, today),
            Intent.MeetingOn when !asksAboutSomethingElse => MeetingsOn.Answer(question, library, today, NextMeetingsAnswer(question, library, today)),
            // "Who asked for the extension?", "which countries missed the deadline?", "why was it extended?": the sentences
            // that name them or tell why, not a date.
            Intent.Deadlines when question.AsksWho || question.AsksReason => null,
            Intent.Deadlines when question.AsksPeriodEnd => PeriodEnd(question, library, today),
            Intent.Deadlines => DeadlinesOrEvents(question, library, today),
            Intent.CarryOver => CarryOver.Answer(question, library, today),
            // The agenda of a day or month no meeting was held in ("what is on the agenda on 3 June?", "what became of the
            // October meeting?"): what the minutes say of that day, or of the changes to that month's meetings.
            // "Agenda items of the cholera meeting": a topic naming the meeting by its subject, not one of its items.
            Intent.Agenda when !question.AsksWhen && Agenda.OfMeetingNamed(question, library, today) is { } named => named,
            Intent.Agenda when !asksAboutSomethingElse => Agenda.Answer(question, library, today, detailed: false)
                ?? (question.Meeting?.Day is null ? MeetingsOn.Changed(question, library, today) : MeetingsOn.Answer(question, library, today, NextMeetingsAnswer(question, library, today))),
            Intent.LastMeeting when !asksAboutSomethingElse => MeetingsHeld.Last(question, library, today),
            Intent.MinutesList when !asksAboutSomethingElse => MeetingsHeld.All(question, library, today),
            // "Which minutes mention the toll survey?": the records that speak of it, else its items.
            Intent.MinutesList => (Answer?)MeetingsHeld.OnTopic(question, library, today, _retrieval.Hits) ?? AgendaItems.ByTitle(question, library, today),
            Intent.IssueDate when !asksAboutSomethingElse => MeetingsHeld.Issued(question, library, today),
            // "When were the fisheries minutes issued?": the topic names the minutes by what they discussed.
            Intent.IssueDate => (Answer?)MeetingsHeld.IssuedOnTopic(question, library, today) ?? AgendaItems.ByTitle(question, library, today),
            Intent.Item => AgendaItems.ByNumber(question, library, today),
            // "When does the Presidency send the revised text?": what the actor undertook to deliver by a date.
            Intent.Actor => (Answer?)Deadlines.UndertakenBy(question, library, today, _scheduleChanges.Current()) ?? ActorStatements.Answer(question, library, today),
            Intent.Speakers => SpeakersOrFormat(question, library, today),
            Intent.Document when question.Document is not null => (Answer?)AmendingDocuments.Answer(question, library, today) ?? Documents.ByReference(question.Document, library, today),
            Intent.Document when question.ItemNumber is not null => AgendaItems.ByNumber(question, library, today),
            // "Which documents were before the last meeting?": no topic, so every item of that meeting with its documents.
            Intent.Document when question.TopicWords.Count == 0 => Agenda.Answer(question, library, today, detailed: true),
            Intent.Document => (Answer?)HeaderDocuments.Answer(question, library, today) ?? Documents.ByTopic(question, library, today),
            // "When is the survey back on the agenda?": asked when, with a topic, an agenda question asks for a date; "when
            // will Cion send its analysis?", what the actor undertook to do by a date.
            Intent.Topic or Intent.NextMeeting or Intent.LastMeeting or Intent.MeetingOn or Intent.Agenda
                when question.AsksWhen || question.Intent == Intent.NextMeeting =>
                (Answer?)EventDates.Answer(question, library, today, _retrieval)
                    ?? (Answer?)Deadlines.UndertakenBy(question, library, today, _scheduleChanges.Current())
                    ?? ItemOrComingMeetings(question, library, today),
            _ => AgendaItems.ByTitle(question, library, today),
        };
    }

    /// <summary>
    /// The item on the topic; asked when the next meeting on it is ("when do we meet next on the port levy?"; not "next
    /// meeting on the port levy?", a topic question) and no sentence dates the topic, the coming meetings of the body whose item it is, if it announces any.
    /// </summary>
    private Answer? ItemOrComingMeetings(QuestionReading question, MinutesLibrary library, DateOnly today)
    {
        var item = AgendaItems.ByTitle(question, library, today);
        var words = Words.Split(question.Question);
        if (item is null || question.Intent != Intent.NextMeeting || !question.AsksWhen || !words.Any(w => MeetingWords.Contains(w.Lower))
            || NamesWhatMeets(words, question.TopicWords))
        {
            return item;
        }
        var coming = NextMeetingsAnswer(question with { Bodies = new HashSet<string>(StringComparer.Ordinal) { item.Source.Body } }, library, today);
        return coming.Dates.Count > 0 ? coming : item;
    }

    /// <summary>
    /// Whether a topic word stands right before a meeting word ("the next JPC meeting", "when will the Ports Council meet"):
    /// the topic is another body or event that meets, whose meetings are not ours, not what our meeting is on.
    /// </summary>
    private static bool NamesWhatMeets(IReadOnlyList<Word> words, IReadOnlyList<string> topic) =>
        AnyAfter(words, w => MeetingWords.Contains(w.Lower), before => topic.Contains(before.Lower));

    /// <summary>Whether a word the first test accepts stands right after one the second accepts.</summary>
    private static bool AnyAfter(IReadOnlyList<Word> words, Func<Word, bool> word, Func<Word, bool> before) =>
        Enumerable.Range(1, Math.Max(0, words.Count - 1)).Any(i => word(words[i]) && before(words[i - 1]));

    /// <summary>
    /// The speakers of the sentences on the topic; asked who took part in a format ("which MS joined remotely?"), those
    /// of sentences telling the format, else what the minutes say of the format.
    /// </summary>
    private Answer? SpeakersOrFormat(QuestionReading question, MinutesLibrary library, DateOnly today)
    {
        var speakers = Speakers.Answer(question, library, today, _retrieval);
        if (!question.AsksWhoInFormat || speakers is not null && speakers.Passages.Any(p => MeetingNature.TellsFormat(p.Text))) return speakers;
        return (Answer?)MeetingNature.Format(question, library, today) ?? speakers;
    }

    /// <summary>"Was anything decided at the VTC?", "what was agreed at the last meeting?": a decision asked of a meeting, about no topic.</summary>
    private static bool AsksWhetherDecided(QuestionReading question) =>
        question.TopicWords.Count == 0 && !question.AsksSummary && !question.AsksWhen && !question.AsksWho
        && question.Intent is Intent.Topic or Intent.MeetingOn or Intent.LastMeeting && Decisions.AreAsked(question);

    /// <summary>
    /// "Last meeting under the Spanish Presidency?": a Presidency named by its country may be one that is over, not the
    /// one whose coming meetings end ahead ("under this Presidency"): what the minutes say of it answers, not the last
    /// coming date.
    /// </summary>
    private static bool NamesAPresidency(QuestionReading question, ClosingSpan closing)
    {
        if (closing != ClosingSpan.Presidency) return false;
        return AnyAfter(Words.Split(question.Question), w => w.Lower == PresidencyWord,
            before => ActorDirectory.Default.Resolve(before.Original) is { } named && ActorDirectory.Default.IsDelegation(named));
    }

    /// <summary>"What was agreed on X at the VTC?": the format names the meeting; the decision on X is asked, not how it was held.</summary>
    private static bool AsksDecisionOnATopic(QuestionReading question) => question.TopicWords.Count > 0 && Decisions.AreAsked(question);

    /// <summary>"What's the document number of this record?": a document question about nothing but the minutes themselves.</summary>
    private static bool AsksOwnNumber(QuestionReading question) =>
        question.Document is null && question.TopicWords.Count > 0 && question.TopicWords.All(MinutesNouns.Contains);

    /// <summary>
    /// "When does the protocol expire?": the sentence dating that end, else a period the minutes tell as expiring whose own
    /// sentence says a part of the topic ("the period for compliance would expire on"), else the items titled with it;
    /// never a request of the item found through its title only.
    /// </summary>
    private Answer? PeriodEnd(QuestionReading question, MinutesLibrary library, DateOnly today)
    {
        if (EventDates.Answer(question, library, today, _retrieval) is { } ends) return ends;
        var periods = Deadlines.Answer(question, library, today, _scheduleChanges.Current());
        return periods is not null && Deadlines.OwnSentencesSayPartOfTopic(periods, Concepts.Of(question.PassageWords), library)
            ? periods
            : AgendaItems.ByTitle(question, library, today);
    }

    /// <summary>
    /// The deadlines asked for; when the question asks when and none holds the topic in its own sentence, the sentences
    /// that date an event holding all of it ("by when is a general approach planned?": "... with a view to a general
    /// approach at the Council on 2 June"), before deadlines merely near it or found through their item's title.
    /// </summary>
    private Answer? DeadlinesOrEvents(QuestionReading question, MinutesLibrary library, DateOnly today)
    {
        var deadlines = Deadlines.Answer(question, library, today, _scheduleChanges.Current());
        if (question.TopicWords.Count == 0) return deadlines;
        var concepts = Concepts.Of(question.PassageWords);
        // "Which beacon deadlines are open?" asks for a list, not a date: the topic may be in the deadlines' item title
        // only, as for one deadline asked by what only its item's title says ("beacon comments deadline?"). A deadline
        // whose own sentence says a part of the topic ("ratification plans" for "ratification deadline of the
        // convention?") gives way to a dated sentence saying all of it. "Transition period until when?" asks when a period
        // ends: a request whose own sentence says none of the topic, found through the sentence before it, gives way to
        // that sentence when it dates the topic itself.
        var besideTheTopic = question.AsksUntilWhen && !question.AsksComments && deadlines is not null
            && !Deadlines.OwnSentencesSayPartOfTopic(deadlines, concepts, library);
        // "Deadline for comments on the resilience conclusions?" asks for a request for comments: one found on the topic
        // answers it, not a sentence dating something else the topic is said of ("the follow-up to the resilience
        // conclusions in 2027").
        if (deadlines is not null && !Deadlines.OnlyNearest(deadlines)
            && (concepts.Count == 0 || question.AsksSeveralDeadlines || (Deadlines.SaysTopic(deadlines, concepts, library) && !besideTheTopic)
                || (question.AsksComments && Deadlines.RequestComments(deadlines, library))
                || (!question.AsksWhen && !Deadlines.SaysPartOfTopic(deadlines, concepts, library))))
        {
            return deadlines;
        }
        return EventDates.Answer(question, library, today, _retrieval) is { } events
            && events.Passages.Count > 0 && concepts.AllFoundIn(Concepts.TermsOf(events.Passages[0].Text))
                ? events
                : deadlines;
    }

    /// <summary>The coming dates; none is an answer too ("the minutes name no coming meeting"), not a failure to understand.</summary>
    /// <param name="closingBy">The end of the span whose last coming date is asked for ("last meeting of the year?"), or null.</param>
    private NextMeetingsAnswer NextMeetingsAnswer(QuestionReading question, MinutesLibrary library, DateOnly today, DateOnly? closingBy = null)
    {
        var after = question.After?.LastDay(today);
        var words = Words.Split(question.Question);
        // "Is there a joint meeting with the X coming up?" asks for joint meetings as "next joint meeting?" does; "next PMG
        // after the joint meeting?" bounds the meetings asked by a joint one.
        var joint = question.AsksNextJoint || (question.AsksJoint && !words.Any(w => BoundWords.Contains(w.Lower)));
        var dates = NextMeetings.After(today, library, question.Bodies, _scheduleChanges.Current())
            .Concat(joint || question.AsksNextRemote ? NextMeetings.EventsOfKind(today, library, question.Bodies, joint) : [])
            .OrderBy(d => d.Date)
            .Where(d => !question.WorkshopsOnly || d.Kind == NextMeetings.WorkshopKind)
            .Where(d => after is null || d.Date > after)
            .Where(d => question.Meeting is null || question.Meeting.Accepts(d.Date))
            .Where(d => question.UntilSeason && question.Season is { } season ? d.Date <= EndOfFirstMonth(season, today) : question.InSeason(d.Date))
            .Where(d => !question.RestOfYear || d.Date.Year == today.Year)
            .Where(d => !question.AdditionalOnly || d.Status == NextMeetings.Additional)
            .ToList();
        // "First meeting next year?": the soonest of the period asked; none there is said, with the sentences, not another date given.
        List<UpcomingDate> outside = [];
        if (question.ComingPeriod is { } period)
        {
            outside = [.. dates.Where(d => !period.Holds(d.Date, today))];
            dates = [.. dates.Where(d => period.Holds(d.Date, today))];
        }
        if (NextMeetings.Bound(question.BeforeWords, library, question.Bodies, today) is { } bound)
            dates = dates.Where(d => d.Date < bound).ToList();
        // "Next joint vtc?" asks for joint meetings only: none dated is said, not another kind of meeting given.
        if (joint) dates = dates.Where(NextMeetings.SaysJoint).ToList();
        else if (question.AsksNextRemote && dates.Any(NextMeetings.SaysRemote)) dates = dates.Where(NextMeetings.SaysRemote).ToList();
        else dates = JointDateOwners.OfAsked(dates, words, question.Bodies);
        if (question.AsksSeparate) dates = dates.Where(d => !NextMeetings.SaysJoint(d)).ToList();
        if (question.AsksEarliest) dates = dates.Take(1).ToList();
        if (closingBy is { } end) dates = dates.Where(d => d.Date <= end).TakeLast(1).ToList();
        // "Next X meeting?": the one the minutes call the next; later dates of other sentences are quoted, not asserted.
        var (asked, later) = closingBy is null ? TheNextMeeting.Split(dates, words) : (dates, []);
        var (plain, doubtful) = NextMeetings.Shown(asked, question.WorkshopsOnly);
        if (plain.Count == 0 && doubtful.Count == 0 && later.Count == 0) doubtful = ComingPeriodDates.NoneInPeriod(outside);
        return new NextMeetingsAnswer(today, plain) { Doubtful = [.. doubtful, .. later] };
    }

    /// <summary>"Until the summer": the last day of the season's first month, this year or, once past, the next.</summary>
    private static DateOnly EndOfFirstMonth((int First, int Last) season, DateOnly today)
    {
        var end = new DateOnly(today.Year, season.First, DateTime.DaysInMonth(today.Year, season.First));
        return end < today ? end.AddYears(1) : end;
    }

    /// <summary>A library and the reader that knows its working parties' names, swapped together.</summary>
    private sealed record Shelf(MinutesLibrary Library)
    {
        public QuestionReader Reader { get; } = new(Vocabulary.Default, ActorDirectory.Default, Library.Bodies, Library.Index.Knows,
            word => Library.Abbreviations.Phrase(word) is { } phrase && !Library.Index.Knows(word) ? phrase : null,
            word => Library.Index.Resembling(word, MinutesSpelling.ShortestRespelled));
    }
}
