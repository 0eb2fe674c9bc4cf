using WorkingParty.Answers.Schedule;

namespace WorkingParty.Answers.Composition;

/// <summary>Every deadline of the stored minutes, with announced extensions applied, and the ones a question asks for.</summary>
internal static class Deadlines
{
    /// <summary>More deadlines equally near a topic say that the topic does not tell them apart.</summary>
    private const int MostNearest = 2;

    private static readonly HashSet<string> PastTenseWords = [.. Vocabulary.Default.PastQuestionWords, .. Vocabulary.Default.PastBeWords];
    private static readonly HashSet<string> DeliveryWords = [.. Vocabulary.Default.DeliveryWords];
    private static readonly HashSet<string> OwnSideWords = [.. Vocabulary.Default.OwnSideWords, .. Vocabulary.Default.DelegationWords];
    private static readonly HashSet<string> ClosingWords = [.. Vocabulary.Default.ClosingWords];
    private static readonly HashSet<string> DeadlineNouns = [.. Vocabulary.Default.DeadlineNouns];

    private const string TitleOnlyDoubt = "only its item's title holds what was asked: its own sentence says nothing of it";

    private const string NearestDoubt = "the nearest deadline to the question: not every word of it is in the minutes' sentence";

    public static IEnumerable<DeadlineEntry> All(MinutesLibrary library, DateOnly today, IReadOnlyList<ScheduleChange> changes) =>
        Held(library, today, changes).Select(d => Entry(d, today));

    /// <summary>
    /// Open deadlines soonest first, or past ones latest first, narrowed to the question's body, due month, document
    /// and topic. A question about one deadline (its topic or document) that no open one answers is answered by the
    /// past ones that do, shown as closed. Null when a narrowing question finds nothing (the answer is then "not found",
    /// not "none").
    /// </summary>
    public static DeadlinesAnswer? Answer(QuestionReading question, MinutesLibrary library, DateOnly today, IReadOnlyList<ScheduleChange> changes)
    {
        if (AsOf(question, library, today, changes) is { } asOf)
            return Answer(question with { Meeting = null }, library, asOf, changes);
        if (NamesWhatIsRequested(question, library, today, changes))
            return Answer(question with { Meeting = null, TopicWords = [.. question.TopicWords, .. question.DateWords] }, library, today, changes);
        if (question.AsksMove && Moved(question, library, today, changes) is { } moved) return moved;
        // "What was the final deadline for X?" asks for the date it was last moved to, when the minutes tell one.
        if (AsksFinal(question) && Moved(question with { TopicWords = [.. question.TopicWords.Where(w => !ClosingWords.Contains(w))] }, library, today, changes) is { } last)
            return last;
        var concepts = Concepts.Of(question.TopicWords);
        var candidates = Candidates(question, library, today, changes, question.Past);
        var narrowed = concepts.Count > 0 || question.Document is not null || question.Meeting is not null;
        var specific = concepts.Count > 0 || question.Document is not null;
        // A list of the open deadlines ("which fisheries deadlines are still open?") never lists a past one.
        var closed = question.Past || !specific || (question.AsksOpen && question.AsksSeveralDeadlines) ? [] : Candidates(question, library, today, changes, past: true);
        if (EachTopic(question, library, today, changes, everyPart: true) is { } parted) return parted;
        var shortNames = new SpelledOutShortNames(concepts, library);
        foreach (var terms in new Func<HeldDeadline, IReadOnlySet<string>>[] { d => shortNames.Widen(d.Listed.Terms), d => shortNames.Widen(d.Listed.TermsInContext) })
        {
            var open = NamingAskedArticles(Closest(AskedFor(candidates, question, concepts), concepts, terms, question.AsksSeveralDeadlines), question);
            // A deadline asked by what it is about, or by its document, that has passed is shown as closed, not as "none open".
            var past = concepts.Count == 0 ? [] : NamingAskedArticles(Closest(AskedFor(closed, question, concepts), concepts, terms, question.AsksSeveralDeadlines), question);
            if (LedByWholeTopic(question, concepts, open, past) is { } led) return List(led.Past, led.Deadlines.Select(d => Found(d, concepts, today, question)), today, narrowed);
            if (open.Count > 0 && !PastSaysItBetter(question, open, closed, concepts, terms)) return List(question.Past, open.Select(d => Found(d, concepts, today, question)), today, narrowed);
            if (concepts.Count == 0) break;
            if (past.Count > 0) return List(past: true, past.Select(d => Found(d, concepts, today, question)), today, narrowed);
        }
        if (concepts.Count == 0) return List(closed.Count > 0 || question.Past, closed.Select(d => Entry(d, today)), today, narrowed);
        // The document names the deadline; the other words ("still running?") only ask how it stands.
        if (question.Document is not null && (candidates.Count > 0 || closed.Count > 0))
            return candidates.Count > 0 ? List(question.Past, candidates.Select(d => Entry(d, today)), today, narrowed) : List(past: true, closed.Select(d => Entry(d, today)), today, narrowed);
        if (EachTopic(question, library, today, changes, everyPart: false) is { } each) return each;
        var nearest = Nearest(candidates, question.TopicWords.Where(library.Index.Knows)).Select(d => Quoted(d, today));
        return List(question.Past, nearest, today, narrowed);
    }

    /// <summary>
    /// "Open deadlines on the seed regulation and the plant passports?": those each topic finds for certain, together,
    /// when <paramref name="everyPart"/> finds some (a deadline on one of them holding two of three words of both is not
    /// all that was asked), else when no deadline answers both. Null when the question joins no topics or none finds any.
    /// </summary>
    private static DeadlinesAnswer? EachTopic(QuestionReading question, MinutesLibrary library, DateOnly today, IReadOnlyList<ScheduleChange> changes, bool everyPart)
    {
        if (!question.AsksSeveralDeadlines || TopicParts.Of(question) is not { Count: > 1 } parts) return null;
        var perPart = parts
            .Select(part => Answer(question with { TopicWords = part, Question = string.Join(' ', part) }, library, today, changes))
            .Select(answer => answer is { } partAnswer && partAnswer.Past == question.Past ? partAnswer.Deadlines.Where(d => d.IsCertain).ToList() : [])
            .ToList();
        if (everyPart && perPart.Any(found => found.Count == 0)) return null;
        var found = perPart.SelectMany(d => d).DistinctBy(d => d.Id).ToList();
        return found.Count == 0 ? null : List(question.Past, found, today, narrowed: true);
    }

    /// <summary>
    /// "When will Cion send its analysis of the survey?", asked of no deadline as such: what an actor the question names
    /// undertook to do by a date, when its own sentence says the whole topic and the undertaking is that actor's (not
    /// delegations' comments on the actor's paper); naming nobody ("when will the feasibility study be finalised?"),
    /// what an institution undertook. Open ones first, else the latest past one. Null when none is, for a question
    /// about what was done ("when did the Presidency present ...?"), and for one asking no delivery ("when does the
    /// conference take place?", though Cion undertook to present its position for it by a date).
    /// </summary>
    public static DeadlinesAnswer? UndertakenBy(QuestionReading question, MinutesLibrary library, DateOnly today, IReadOnlyList<ScheduleChange> changes)
    {
        var concepts = Concepts.Of(question.PassageWords);
        var words = Words.Split(question.Question);
        if (!question.AsksWhen || concepts.Count == 0 || words.Any(w => PastTenseWords.Contains(w.Lower)) || !words.Any(w => DeliveryWords.Contains(w.Lower))) return null;
        var actors = question.NamedActors.Select(a => a.Key).ToHashSet(StringComparer.Ordinal);
        bool Undertook(string? actor) => actor is not null && (actors.Count > 0 ? actors.Contains(actor) : !ActorDirectory.Default.IsDelegation(actor));
        foreach (var past in new[] { false, true })
        {
            var undertaken = Candidates(question, library, today, changes, past)
                .Where(d => Undertook(ActorDirectory.Default.Resolve(d.Listed.Deadline.RequestedFrom)) && concepts.AreAnsweredBy(d.Listed.OwnTerms))
                .ToList();
            if (undertaken.Count > 0) return List(past, undertaken.Select(d => Entry(d, today)), today, narrowed: true);
        }
        return null;
    }

    /// <summary>
    /// "What was the deadline extended to?": the deadlines the minutes tell as moved (or an announcement moved) that
    /// answer the topic, open ones first, else past ones, though other deadlines of the topic are open. Null when none
    /// does; the question is then answered as any other.
    /// </summary>
    private static DeadlinesAnswer? Moved(QuestionReading question, MinutesLibrary library, DateOnly today, IReadOnlyList<ScheduleChange> changes)
    {
        var concepts = Concepts.Of(question.TopicWords);
        foreach (var past in new[] { false, true })
        {
            var told = Candidates(question, library, today, changes, past).Where(d => d.Listed.TellsMove || d.Moved is not null).ToList();
            var found = Closest(told, concepts, d => d.Listed.Terms, every: false).ToList();
            if (found.Count > 0) return List(past, found.Select(d => Entry(d, today)), today, narrowed: true);
        }
        return null;
    }

    /// <summary>
    /// Whether the answer only offers the deadlines nearest a topic no deadline holds ("by when does the Presidency aim
    /// at a general approach?"): an event the minutes date may answer it better.
    /// </summary>
    public static bool OnlyNearest(DeadlinesAnswer? answer) =>
        answer is null || (answer.Deadlines.Count > 0 && answer.Deadlines.All(d => d.Doubt?.Reason == NearestDoubt));

    /// <summary>
    /// Whether some deadline of the answer holds the topic in what the sentences say of it, not only in its item's title
    /// (as "general approach" in an item's title holds it for every request made under the item).
    /// </summary>
    public static bool SaysTopic(DeadlinesAnswer answer, Concepts concepts, MinutesLibrary library) =>
        Shown(answer, library).Any(l => concepts.AreAnsweredBy(l.TermsSaid));

    /// <summary>
    /// Whether some deadline of the answer says a part of the topic in its own sentences ("send their ratification plans"
    /// asked as the ratification deadline of a convention its item's title names): another sentence may say all of it.
    /// </summary>
    public static bool SaysPartOfTopic(DeadlinesAnswer answer, Concepts concepts, MinutesLibrary library) =>
        Shown(answer, library).Any(l => concepts.FoundIn(l.TermsSaid) > 0);

    /// <summary>
    /// Whether some deadline of the answer says a part of the topic in its own subject or sentence, not only in the
    /// sentences around it ("... a transition period until 2031 could be examined. The Cion undertook to circulate a note
    /// by 27 May" asked as the transition period's end).
    /// </summary>
    public static bool OwnSentencesSayPartOfTopic(DeadlinesAnswer answer, Concepts concepts, MinutesLibrary library) =>
        Shown(answer, library).Any(l => concepts.FoundIn(l.OwnTerms) > 0);

    /// <summary>Whether some deadline of the answer is a request for comments.</summary>
    public static bool RequestComments(DeadlinesAnswer answer, MinutesLibrary library) =>
        Shown(answer, library).Any(l => l.RequestsComments);

    private static IEnumerable<ListedDeadline> Shown(DeadlinesAnswer answer, MinutesLibrary library)
    {
        var shown = answer.Deadlines.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        return library.Deadlines.Where(l => shown.Contains(l.Id));
    }

    private static DeadlinesAnswer? List(bool past, IEnumerable<DeadlineEntry> chosen, DateOnly today, bool narrowed)
    {
        var list = (past ? chosen.OrderByDescending(d => d.Date) : chosen.OrderBy(d => d.Date)).ToList();
        return list.Count == 0 && narrowed ? null : new DeadlinesAnswer(today, past, list);
    }

    /// <summary>The deadlines open (or past) today, narrowed to the question's body, due month and document.</summary>
    private static List<HeldDeadline> Candidates(QuestionReading question, MinutesLibrary library, DateOnly today, IReadOnlyList<ScheduleChange> changes, bool past) =>
        Held(library, today, changes, past)
            .Where(d => question.Bodies is null || question.Bodies.Contains(d.Listed.Meeting.Body))
            .Where(d => question.Meeting is null || question.Meeting.Accepts(d.Due) || question.Meeting.Accepts(d.Listed.Meeting))
            .Where(d => question.Document is null
                || d.Listed.Documents.Any(doc => DocumentReference.Key(doc) == DocumentReference.Key(question.Document)))
            .ToList();

    /// <summary>
    /// "What is open on 3 May?", "anything due as of 3 May?": a day on which no deadline falls and no meeting was held is
    /// the day the deadlines are asked as of, not a due date. Null when the question names no such day.
    /// </summary>
    private static DateOnly? AsOf(QuestionReading question, MinutesLibrary library, DateOnly today, IReadOnlyList<ScheduleChange> changes)
    {
        if (question.Meeting is not { Day: not null, Month: not null } day || question.Past) return null;
        if (Held(library, today, changes).Any(d => day.Accepts(d.Due) || day.Accepts(d.Listed.Meeting))) return null;
        var date = day.LastDay(today);
        return date >= today ? date : null;
    }

    /// <summary>
    /// "Deadline for the January 2031 call's applications?": a month, beside a topic, in which no deadline falls and no
    /// meeting was held names what is requested (the round, call or session of that month), not when it is due.
    /// </summary>
    private static bool NamesWhatIsRequested(QuestionReading question, MinutesLibrary library, DateOnly today, IReadOnlyList<ScheduleChange> changes) =>
        question.Meeting is { Month: not null, Day: null } month && question.TopicWords.Count > 0 && question.DateWords.Count > 0
        && !Held(library, today, changes).Any(d => month.Accepts(d.Due) || month.Accepts(d.Listed.Meeting));

    /// <summary>
    /// The deadlines that answer the topic (<see cref="Concepts.AreAnsweredBy(IReadOnlySet{string})"/>, read in subject,
    /// sentence, item and section titles, documents, synonyms included; or, when none does, also in the sentences around
    /// it: <see cref="ListedDeadline.TermsInContext"/>) and, among them, only those holding the most of it: ranked, so
    /// that a deadline on a neighbouring subject is not offered beside the one asked for; among equals, those whose own
    /// sentences say the most of it (<see cref="ListedDeadline.TermsSaid"/>), not only their heading, and among those,
    /// the ones whose own subject and sentence say the most ("comments on the Annexes" over the request beside it that has
    /// the annexes only from its heading; not when one is told as moved), unless
    /// <paramref name="every"/> deadline of the topic is asked for ("which fisheries deadlines are open?"). All of them
    /// when there is no topic.
    /// </summary>
    private static IEnumerable<HeldDeadline> Closest(List<HeldDeadline> candidates, Concepts concepts, Func<HeldDeadline, IReadOnlySet<string>> terms, bool every)
    {
        if (concepts.Count == 0) return candidates;
        var closest = HoldingMost(candidates.Where(d => concepts.AreAnsweredBy(terms(d))), d => concepts.FoundIn(terms(d)));
        if (every) return closest;
        var said = HoldingMost(closest, d => concepts.FoundIn(d.Listed.TermsSaid));
        // A deadline told as moved ("the deadline for replies was extended until") says its topic in the sentence it moves.
        return said.Any(d => d.Listed.TellsMove) ? said : HoldingMost(said, d => concepts.FoundIn(d.Listed.OwnTerms));
    }

    /// <summary>
    /// "Deadline for comments on articles 1 to 12?" asked once that deadline has passed, while another request of the
    /// same item is open: the past one whose own subject and sentence say more of the topic answers it, not the open
    /// one that holds the topic only through the item's title or a neighbouring sentence. Only a certain past request
    /// of the kind asked (comments), set at the open ones' meeting or later: a later meeting's request on the topic, or
    /// an open one told as extended, is what became of it. Comments asked for when none of the open ones asks for comments
    /// ("send examples of practice" under the item whose draft was to be commented on): the past comments request holding
    /// the topic as well answers it. Not for a list, nor for the open deadlines asked as such, nor against an open
    /// follow-up saying the topic in the sentences before it ("... had been extended to A. The remaining delegations were
    /// invited to send their comments by B").
    /// </summary>
    private static bool PastSaysItBetter(QuestionReading question, List<HeldDeadline> open, List<HeldDeadline> closed, Concepts concepts, Func<HeldDeadline, IReadOnlySet<string>> terms)
    {
        if (concepts.Count == 0 || closed.Count == 0 || question.AsksOpen || question.AsksSeveralDeadlines || open.Any(d => d.Listed.TellsMove)) return false;
        var held = open.Max(d => concepts.FoundIn(terms(d)));
        // A follow-up ("the remaining delegations were invited to send their comments by") says the topic of the sentences before it.
        var said = open.Max(d => concepts.FoundIn(d.Listed.RefersBack ? d.Listed.LeadTerms : d.Listed.OwnTerms));
        var latest = open.Max(d => d.Listed.Meeting.Date);
        // Comments asked for, and only the past request is one for comments: the open ones are other requests, not the
        // next part of its own sentence ("comments on Articles 1 to 9 by A, and on Articles 10 to 20 by B").
        var onlyPastComments = question.AsksComments && !open.Any(d => d.Listed.RequestsComments);
        return closed.Any(d => d.Listed.Deadline.Doubt is null && d.Listed.Meeting.Date >= latest
            && (!question.AsksComments || d.Listed.RequestsComments)
            && concepts.FoundIn(terms(d)) >= held
            && ((onlyPastComments && !open.Any(o => o.Listed.Deadline.Sentence == d.Listed.Deadline.Sentence)) || concepts.FoundIn(d.Listed.OwnTerms) > said));
    }

    /// <summary>
    /// "Deadline for the procurement survey?": of the deadlines found for a topic of two words or more, those whose own
    /// sentence, or the one just before it ("The Presidency recalled the survey on joint procurement. The deadline for
    /// replies was extended until ..."), holds every word of it, over those holding a part ("Views on the procurement
    /// rates were to be sent by ..."): the open ones that do, else the past ones that do, set at the open ones' meeting
    /// or later, when no open one does. Null when none does, when every one found does, and for a list.
    /// </summary>
    private static (bool Past, List<HeldDeadline> Deadlines)? LedByWholeTopic(QuestionReading question, Concepts concepts, List<HeldDeadline> open, List<HeldDeadline> past)
    {
        if (concepts.Count < 2 || question.AsksSeveralDeadlines) return null;
        var openLed = open.Where(d => concepts.AllFoundIn(d.Listed.LeadTerms)).ToList();
        if (openLed.Count > 0) return openLed.Count < open.Count ? (question.Past, openLed) : null;
        if (open.Count == 0 || question.Past) return null;
        var latest = open.Max(d => d.Listed.Meeting.Date);
        var pastLed = past.Where(d => d.Listed.Meeting.Date >= latest && concepts.AllFoundIn(d.Listed.LeadTerms)).ToList();
        return pastLed.Count > 0 ? (true, pastLed) : null;
    }

    /// <summary>
    /// "Deadline for comments on arts 21-26?": of the deadlines found, those whose own subject or sentence names the
    /// articles asked ("comments on Articles 21 to 26 by A. Comments on the non-paper until B": the first), when one
    /// does; all of them when none does or the question names no articles.
    /// </summary>
    private static List<HeldDeadline> NamingAskedArticles(IEnumerable<HeldDeadline> found, QuestionReading question)
    {
        var list = found.ToList();
        var asked = ArticleRanges.Of(question.Question);
        if (asked.Count == 0) return list;
        var naming = list.Where(d => ArticleRanges.Of($"{d.Listed.Deadline.Subject} {d.Listed.Deadline.Sentence}").Overlaps(asked)).ToList();
        return naming.Count > 0 ? naming : list;
    }

    /// <summary>
    /// "Deadline for comments on X?": of the deadlines, those asking for comments, when one of them answers X (in its
    /// sentences or those around it); a request for figures under the same item is not what was asked. All of them when
    /// the question names no comments.
    /// </summary>
    private static List<HeldDeadline> AskedFor(List<HeldDeadline> deadlines, QuestionReading question, Concepts concepts)
    {
        if (!question.AsksComments) return deadlines;
        var comments = deadlines.Where(d => d.Listed.RequestsComments).ToList();
        return comments.Any(d => concepts.AreAnsweredBy(d.Listed.TermsInContext)) ? comments : deadlines;
    }

    /// <summary>The deadlines with the highest count, in their order (all of them when every count is the same).</summary>
    private static List<HeldDeadline> HoldingMost(IEnumerable<HeldDeadline> deadlines, Func<HeldDeadline, int> found)
    {
        var counted = deadlines.Select(d => (Deadline: d, Found: found(d))).ToList();
        var best = counted.Count == 0 ? 0 : counted.Max(d => d.Found);
        return counted.Where(d => d.Found == best).Select(d => d.Deadline).ToList();
    }

    /// <summary>
    /// When no deadline answers the whole topic (a word the minutes never use, a short name, a word put otherwise), the
    /// ones holding the most of the words the minutes do use, when they hold at least half of them and are few: offered
    /// with their sentence, not as a plain date. When none holds them so, those whose context holds all of them (the
    /// sentence before, those citing its documents: "a revised non-paper ... as WK 3120/2031. Delegations may comment on
    /// WK 3120/2031 by ..." asked as the non-paper's deadline).
    /// </summary>
    private static IEnumerable<HeldDeadline> Nearest(List<HeldDeadline> candidates, IEnumerable<string> knownWords)
    {
        var known = Concepts.Of(knownWords);
        if (known.Count == 0) return [];
        var nearest = Nearest(candidates, known, d => d.Listed.Terms, known.Count);
        return nearest.Count > 0 ? nearest : Nearest(candidates, known, d => d.Listed.TermsInContext, 2 * known.Count);
    }

    /// <param name="least">The least twice the words found may be: the question's word count for half of them, twice it for all.</param>
    private static List<HeldDeadline> Nearest(List<HeldDeadline> candidates, Concepts known, Func<HeldDeadline, IReadOnlySet<string>> terms, int least)
    {
        var found = candidates.Select(d => (Deadline: d, Found: known.FoundIn(terms(d)))).ToList();
        var best = found.Count == 0 ? 0 : found.Max(d => d.Found);
        var nearest = found.Where(d => d.Found == best).Select(d => d.Deadline).ToList();
        return best > 0 && 2 * best >= least && nearest.Count <= MostNearest ? nearest : [];
    }

    /// <summary>
    /// A deadline found for a topic. One the minutes give only as part of a month ("by the end of March") is asserted
    /// only when its own sentence says the topic; found through a title alone, it is quoted with its sentence. So is one
    /// asked alone, not for comments ("until when is the storage aid extended?"), whose own subject and sentence say
    /// none of the topic: its item's title, which every request under the item shares, is all that ties it to the
    /// question (comments are what an item's title does tie to its requests).
    /// </summary>
    private static DeadlineEntry Found(HeldDeadline held, Concepts concepts, DateOnly today, QuestionReading question)
    {
        var entry = Entry(held, today);
        if (entry.Doubt is not null || concepts.Count == 0) return entry;
        if (OwedByAnother(held, question))
            return entry with { Doubt = new Doubt($"owed by {held.Listed.Deadline.RequestedFrom}, not by delegations", held.Listed.Deadline.Sentence) };
        if (entry.Vague is { } vague && !concepts.AreAnsweredBy(held.Listed.OwnTerms))
            return entry with { Doubt = new Doubt($"the minutes give only \"{vague.Words}\", in a sentence that does not name what was asked", held.Listed.Deadline.Sentence) };
        return !question.AsksComments && !question.AsksSeveralDeadlines && concepts.FoundIn(held.Listed.OwnTerms) == 0 && !FollowsUp(held, concepts, question)
            ? entry with { Doubt = new Doubt(TitleOnlyDoubt, held.Listed.Deadline.Sentence) }
            : entry;
    }

    /// <summary>
    /// "Deadline for the procurement survey?" of "The Presidency recalled the survey on joint procurement. The deadline for
    /// replies was extended until ...": a deadline asked as such, whose request names no topic of its own and whose
    /// paragraph's sentences before it say every word of the one asked.
    /// </summary>
    private static bool FollowsUp(HeldDeadline held, Concepts concepts, QuestionReading question) =>
        held.Listed.RefersBack && concepts.AllFoundIn(held.Listed.LeadTerms) && Words.Split(question.Question).Any(w => DeadlineNouns.Contains(w.Lower));

    /// <summary>"The final deadline", "the last deadline": a closing word asks for the date a deadline ended on after its moves.</summary>
    private static bool AsksFinal(QuestionReading question) => Words.Split(question.Question).Any(w => ClosingWords.Contains(w.Lower));

    /// <summary>
    /// "By when do we have to reply?", "can I still send comments?": asked of what delegations owe, a date an institution
    /// undertook to meet ("which the Presidency would circulate by 10 May", the paper the replies are on) is not it.
    /// </summary>
    private static bool OwedByAnother(HeldDeadline held, QuestionReading question) =>
        held.Listed.Deadline.RequestedFrom is { } from && ActorDirectory.Default.Resolve(from) is { } owner && !ActorDirectory.Default.IsDelegation(owner)
        && Words.Split(question.Question).Any(w => OwnSideWords.Contains(w.Lower));

    private static DeadlineEntry Quoted(HeldDeadline held, DateOnly today) => Entry(held, today) is var entry && entry.Doubt is null
        ? entry with { Doubt = new Doubt(NearestDoubt, held.Listed.Deadline.Sentence) }
        : entry;

    /// <summary>
    /// The deadlines set at meetings held by today, with the last announced move of each; one that later minutes held
    /// by today replaced is left for the one that replaced it.
    /// </summary>
    private static IEnumerable<HeldDeadline> Held(MinutesLibrary library, DateOnly today, IReadOnlyList<ScheduleChange> changes)
    {
        var moves = Moves(changes);
        return library.HeldDeadlines.On(today).All.Select(d => new HeldDeadline(d, moves.GetValueOrDefault(d.Id)));
    }

    /// <summary>
    /// The held deadlines due by today (<paramref name="past"/>) or still open, in the order of <see cref="Held"/>: without
    /// announced moves, the library's list of that side; a move may carry a deadline across today, so with moves every
    /// held deadline is looked at.
    /// </summary>
    private static IEnumerable<HeldDeadline> Held(MinutesLibrary library, DateOnly today, IReadOnlyList<ScheduleChange> changes, bool past)
    {
        var moves = Moves(changes);
        var day = library.HeldDeadlines.On(today);
        var listed = moves.Count > 0 ? day.All : past ? day.Past : day.Open;
        return listed.Select(d => new HeldDeadline(d, moves.GetValueOrDefault(d.Id))).Where(d => past ? d.Due < today : d.Due >= today);
    }

    /// <summary>The last announced move of each deadline moved.</summary>
    private static Dictionary<string, DeadlineMoved> Moves(IReadOnlyList<ScheduleChange> changes)
    {
        var moves = new Dictionary<string, DeadlineMoved>();
        foreach (var moved in changes.OfType<DeadlineMoved>()) moves[moved.DeadlineId] = moved;
        return moves;
    }

    private static DeadlineEntry Entry(HeldDeadline held, DateOnly today)
    {
        var deadline = held.Listed.Deadline;
        return new DeadlineEntry(held.Listed.Id, held.Due, held.Due.DayNumber - today.DayNumber, deadline.Subject,
            deadline.RequestedFrom, held.Listed.Documents, held.Listed.Source, held.Moved?.Provenance.ToString())
        {
            // An announced extension settles a due date the minutes left in doubt.
            Doubt = deadline.Doubt is null || held.Moved is not null ? null : new Doubt(deadline.Doubt, deadline.Sentence),
            Corrected = deadline.Corrected,
            FirstSet = deadline.FirstSet,
            Vague = held.Moved is null ? deadline.Vague : null,
            Sentence = held.Moved is null && deadline.Vague is not null ? deadline.Sentence : null,
        };
    }

    private readonly record struct HeldDeadline(ListedDeadline Listed, DeadlineMoved? Moved)
    {
        public DateOnly Due => Moved?.To ?? Listed.Deadline.Date;
    }
}
