namespace WorkingParty.Answers.Understanding;

/// <summary>
/// Reads a delegate's question into a <see cref="QuestionReading"/>, using the cue phrases of vocabulary.json, the
/// actor table and the names of the working parties in the library. The rules of precedence live here; the words live
/// in the data files, and each part of the question is found by its own reader.
/// </summary>
internal sealed class QuestionReader
{
    private readonly ActorDirectory _actors;
    private readonly BodyNames _bodies;
    private readonly Typos _typos;
    private readonly LibraryScopePhrases _libraryScope;
    private readonly CuedIntents _intents;
    private readonly ItemNumbers _itemNumbers;
    private readonly QuestionDates _dates;
    private readonly BoundingEvents _boundingEvents;
    private readonly TopicWordFinder _topicFinder;
    private readonly AskedDetails _details;
    private readonly MeetingQuestions _meetingQuestions;
    private readonly CalendarQuestions _calendarQuestions;
    private readonly CuePhrases _pastCues;
    private readonly CuePhrases _workshopCues;
    private readonly CuePhrases _whenCues;
    private readonly CuePhrases _periodEndCues;
    private readonly HashSet<string> _saidCues;
    private readonly ClosingMeetings _closingMeetings;
    private readonly ComingPeriods _comingPeriods;
    private readonly DecisionQuestions _decisions;

    /// <summary>Intents about a working party's meetings and deadlines, which any topic word narrows to that topic.</summary>
    private static readonly Intent[] MeetingIntents =
        [Intent.NextMeeting, Intent.MeetingOn, Intent.Agenda, Intent.LastMeeting, Intent.MinutesList, Intent.IssueDate, Intent.Deadlines];

    /// <param name="isIndexed">Whether the minutes hold a word: a word they hold is never taken for a typo.</param>
    /// <param name="abbreviation">The phrase a short name the minutes define (and do not use) stands for, or null.</param>
    /// <param name="respelled">The word of the minutes one letter away from a word they never use, or null.</param>
    public QuestionReader(Vocabulary vocabulary, ActorDirectory actors, BodyNames bodies, Func<string, bool> isIndexed,
        Func<string, string?> abbreviation, Func<string, string?>? respelled = null)
    {
        var fillers = new FillerWords(vocabulary);
        _actors = actors;
        _bodies = bodies;
        _typos = new Typos(vocabulary, isIndexed);
        _libraryScope = new LibraryScopePhrases(vocabulary.LibraryScope);
        _intents = new CuedIntents(vocabulary, bodies);
        _itemNumbers = new ItemNumbers(vocabulary);
        _dates = new QuestionDates(vocabulary, fillers, bodies);
        _boundingEvents = new BoundingEvents(vocabulary, fillers);
        _topicFinder = new TopicWordFinder(vocabulary, bodies, fillers,
            new MinutesSpelling(vocabulary, fillers, isIndexed, abbreviation, respelled ?? (_ => null)), isIndexed);
        _details = new AskedDetails(vocabulary);
        _meetingQuestions = new MeetingQuestions(vocabulary);
        _calendarQuestions = new CalendarQuestions(vocabulary);
        _closingMeetings = new ClosingMeetings(vocabulary);
        _comingPeriods = new ComingPeriods(vocabulary);
        _decisions = new DecisionQuestions(vocabulary);
        _pastCues = new CuePhrases(vocabulary.PastCues);
        _workshopCues = new CuePhrases(vocabulary.WorkshopCues);
        _whenCues = new CuePhrases(vocabulary.WhenCues);
        _periodEndCues = new CuePhrases(vocabulary.PeriodEndCues);
        _saidCues = [.. vocabulary.SaidCues];
    }

    public QuestionReading Read(string question)
    {
        var text = BotMention.Strip(question);
        var document = DocumentReference.FindAll(text).Select(m => m.Value).FirstOrDefault();
        if (document is not null) text = text.Replace(document, " ");
        (text, var subItem) = SubItemReference.Find(text);
        var written = Words.Split(text);
        var words = _libraryScope.Without(_typos.Correct(written, i => NamesSomeone(written[i])));
        var used = new bool[words.Count];
        var (namedBodies, bodyPositions) = _bodies.Find(words);

        var cueIntent = _intents.OutsideNames(words, used, namedBodies, bodyPositions);
        var past = CueMatcher.MatchAny(words, _pastCues, new bool[words.Count]);
        var workshopsOnly = CueMatcher.MatchAny(words, _workshopCues, new bool[words.Count]);
        var itemNumber = _itemNumbers.Find(words, used);
        var dated = new bool[words.Count];
        var after = _dates.After(words, used, dated);
        var meeting = _dates.Meeting(words, used, dated);
        var season = _calendarQuestions.Season(words, dated, namedBodies is not null);
        var restOfYear = _calendarQuestions.RestOfYear(words, dated);
        var comingPeriod = _comingPeriods.Period(words, dated);
        var calendarGiven = cueIntent is Intent.Topic or Intent.NextMeeting ? _calendarQuestions.CalendarGiven(words) : [];
        foreach (var position in bodyPositions) used[position] = true;
        var actorMentions = _actors.FindInQuestion(words);
        var actor = actorMentions.Select(m => m.Key).FirstOrDefault();
        var said = _details.Said(words) || _details.SaidOn(words, actorMentions);
        var asksWhen = CueMatcher.MatchAny(words, _whenCues, new bool[words.Count]);
        var asksDecision = _decisions.Asked(words, used);

        var intent = cueIntent switch
        {
            // "What did the French want on time limits?": a delegation's position on them, not a deadline; "deadline for
            // comments on the Spanish report?" asks for the deadline.
            Intent.Deadlines when actor is not null && said && !asksWhen && _actors.IsDelegation(actor) && !_details.NamesDeadline(words) => Intent.Actor,
            Intent.CarryOver or Intent.Deadlines or Intent.NextMeeting or Intent.Document or Intent.Speakers => cueIntent,
            _ when calendarGiven.Count > 0 => Intent.NextMeeting,
            _ when actor is not null && said => Intent.Actor,
            // "What was decided on 1234/21?": the document names the topic whose decision is asked, not a document asked for.
            _ when document is not null && !asksDecision => Intent.Document,
            _ when itemNumber is not null => Intent.Item,
            Intent.Topic when _intents.AsksKindOfDocument(words) => Intent.Document,
            Intent.MinutesList when _details.RecordApproved(words) => Intent.Document,
            // "What was the agenda doc?": the agenda names the document asked for.
            Intent.Agenda when _intents.ClosesOnDocument(words) => Intent.Document,
            _ => cueIntent,
        };
        if (intent == Intent.NextMeeting && _meetingQuestions.AsksRecordedMeeting(words, workshopsOnly))
            intent = meeting is { Month: not null } or { Day: not null } ? Intent.MeetingOn : Intent.LastMeeting;

        var beforeWords = _boundingEvents.Find(words, used, dated);
        var searchWords = _topicFinder.Remaining(words, i => !used[i]);
        var actorWords = new bool[words.Count];
        foreach (var mention in actorMentions)
            for (var j = 0; j < mention.Length; j++) actorWords[mention.Start + j] = true;
        // "NL position?", "what was NL's view": words that ask what an actor said are not searched for.
        var passageWords = _topicFinder.Remaining(words, i => !used[i] && !actorWords[i] && !dated[i] && !(intent == Intent.Actor && _saidCues.Contains(words[i].Lower)));
        var dateWords = _topicFinder.Remaining(words, i => dated[i]);
        var namedActors = actorMentions
            .Select(m => new NamedActor(m.Key, string.Join(' ', words.Skip(m.Start).Take(m.Length).Select(w => w.Original))))
            .ToList();
        foreach (var position in calendarGiven) used[position] = true;
        if (intent == Intent.Actor || calendarGiven.Count > 0)
        {
            foreach (var mention in actorMentions)
                for (var j = 0; j < mention.Length; j++) used[mention.Start + j] = true;
        }
        var topicWords = _topicFinder.Topic(words, used, dated, intent);
        var unknownNames = _topicFinder.UnknownNames(words, topicWords, namedBodies);
        if (intent == Intent.Topic && _meetingQuestions.Intent(words, unknownNames.Count > 0 ? [] : topicWords, namedBodies, meeting, after, past, asksWhen) is { } asked)
            (intent, topicWords) = (asked, _topicFinder.Topic(words, used, dated, asked));
        // "When does the standstill period end?": a period's end, which the minutes may give as a deadline.
        var asksPeriodEnd = intent == Intent.Topic && asksWhen && _details.PeriodEnd(words);
        if (asksPeriodEnd)
            (intent, topicWords) = (Intent.Deadlines, _topicFinder.Topic(words, used, dated, Intent.Deadlines));
        // "Which meetings discussed X?", unless it asks for one of them ("when was X last discussed?", "... before 11 May?",
        // "... on 3 May?").
        if (intent == Intent.Topic && topicWords.Count > 0 && after is null && meeting?.Day is null && beforeWords.Count == 0 && !_details.Latest(words)
            && !_details.Earliest(words) && !_details.EarlierMeetings(words) && _meetingQuestions.AsksMeetingsOnTopic(words, asksWhen))
        {
            (intent, topicWords) = (Intent.MinutesList, _meetingQuestions.FileWords(_topicFinder.Topic(words, used, dated, Intent.MinutesList)));
        }
        if (intent == Intent.Topic && (season is not null || restOfYear || comingPeriod is not null))
            (intent, topicWords) = (Intent.NextMeeting, _topicFinder.Topic(words, used, dated, Intent.NextMeeting));
        if (MeetingIntents.Contains(intent) && topicWords.All(unknownNames.Contains)) topicWords = [];
        if (document is not null && intent != Intent.Document) searchWords.Add(document);

        return new QuestionReading(question, intent, topicWords, searchWords, itemNumber, meeting,
            intent == Intent.Actor ? actor : null, document, namedBodies, past, workshopsOnly)
        {
            SubItem = itemNumber is null ? null : subItem,
            After = after,
            AdditionalOnly = _meetingQuestions.AsksAdditional(words),
            AsksComingAdditional = _meetingQuestions.AsksComingAdditional(words),
            AsksWhen = asksWhen,
            AsksSummary = _details.Summary(words),
            Season = season,
            UntilSeason = season is not null && _calendarQuestions.UntilSeason(words),
            // "What was on the agenda of the videoconference?", "what did FR say at the VTC?" name the meeting by its format.
            AsksFormat = intent is not (Intent.Agenda or Intent.Actor or Intent.Speakers or Intent.Item) && _calendarQuestions.AsksFormat(words, asksWhen, topicWords),
            AsksRemoteMeetingsHeld = intent is Intent.LastMeeting or Intent.MinutesList or Intent.MeetingOn or Intent.Topic
                && _calendarQuestions.AsksRemoteMeetingsHeld(words, asksWhen),
            AsksWhoInFormat = intent == Intent.Speakers && _calendarQuestions.AsksWhoInFormat(words, topicWords),
            AsksWhyAdditional = _calendarQuestions.AsksWhyAdditional(words),
            AsksAbsence = _calendarQuestions.AsksAbsence(words),
            AsksOriginalDate = _calendarQuestions.AsksOriginalDate(words, namedBodies is not null),
            RestOfYear = restOfYear,
            ComingPeriod = comingPeriod,
            Closing = _closingMeetings.Span(words),
            AsksScheduleChange = _details.ScheduleChange(words),
            DelegationsOnly = _details.DelegationsOnly(words),
            AsksCancellation = _details.Cancellation(words),
            AsksMove = _details.Move(words),
            AsksEarliest = MeetingIntents.Contains(intent) && _details.Earliest(words),
            AsksLatest = _details.Latest(words),
            AsksSeveralDeadlines = intent == Intent.Deadlines && _details.SeveralDeadlines(words),
            AsksComments = intent == Intent.Deadlines && _details.Comments(words),
            AsksUntilWhen = CueMatcher.MatchAny(words, _periodEndCues, new bool[words.Count]),
            AsksPeriodEnd = asksPeriodEnd,
            AsksOpen = intent == Intent.Deadlines && _details.OpenDeadlines(words),
            AsksWho = _details.Who(words),
            AsksDecision = asksDecision,
            AsksPlace = _details.Place(words),

            AsksSeveralDocuments = intent == Intent.Document && _details.SeveralDocuments(words),
            AsksReason = _details.Reason(words),
            AsksReservations = _details.Reservations(words),
            BeforeWords = beforeWords,
            AsksIssueDate = cueIntent == Intent.IssueDate,
            AsksEarlierMeetings = _details.EarlierMeetings(words),
            AsksJoint = _details.Joint(words),
            AsksNextJoint = _details.NextJoint(words),
            AsksNextRemote = _details.NextRemote(words),
            AsksSeparate = _details.Separate(words),
            PassageWords = passageWords,
            DateWords = dateWords,
            NamedActors = namedActors,
        };
    }

    /// <summary>Whether a word of the question, as written, names an actor or a working party.</summary>
    private bool NamesSomeone(Word word) => _actors.Find([word]).Count > 0 || _bodies.Find([word]).Bodies is not null;
}
