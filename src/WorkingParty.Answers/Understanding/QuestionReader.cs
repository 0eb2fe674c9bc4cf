namespace WorkingParty.Answers.Understanding;

/// <summary>
/// Reads a delegate's question into a <see cref="QuestionReading"/>, using the cue phrases of vocabulary.json, the
/// actor table and the names of the working parties in the library. The rules of precedence live here; the words live
/// in the data files.
/// </summary>
internal sealed partial class QuestionReader
{
    private readonly Vocabulary _vocabulary;
    private readonly ActorDirectory _actors;
    private readonly BodyNames _bodies;
    private readonly List<(Intent Intent, string[][] Cues)> _intentCues;
    private readonly string[][] _pastCues;
    private readonly string[][] _workshopCues;
    private readonly HashSet<string> _saidCues;
    private readonly HashSet<string> _fillers;
    private readonly HashSet<string> _scheduleChangeWords;
    private readonly HashSet<string> _plannedWords;
    private readonly HashSet<string> _ownRecordWords;
    private readonly HashSet<string> _delegationWords;
    private readonly HashSet<string> _earlierMeetingWords;
    private readonly HashSet<string> _meetingWords;
    private readonly string[][] _whenCues;

    private readonly Typos _typos;
    private readonly HashSet<string> _meetingQualifiers;
    private readonly HashSet<string> _cancelWords;
    private readonly HashSet<string> _reservationWords;
    private readonly IReadOnlyList<string[]> _boundBeforeCues;
    private readonly HashSet<string> _comingOrAdditionalWords;
    private readonly HashSet<string> _meetingNouns;
    private readonly IReadOnlyDictionary<string, string> _shorthand;
    private readonly MeetingQuestions _meetingQuestions;
    private readonly CalendarQuestions _calendarQuestions;

    private readonly Func<string, string?> _abbreviation;
    private readonly Func<string, bool> _isIndexed;
    private readonly HashSet<string> _documentTopicWords;
    private readonly HashSet<string> _documentKindWords;
    private readonly HashSet<string> _documentQuestionWords;
    private readonly HashSet<string> _summaryWords;
    private readonly Func<string, string?> _respelled;

    /// <summary>A word of the question this long that the minutes never use may be one of theirs with one wrong letter.</summary>
    public const int ShortestRespelled = 7;

    /// <summary>Intents about a working party's meetings and deadlines, which any topic word narrows to that topic.</summary>
    private static readonly Intent[] MeetingIntents =
        [Intent.NextMeeting, Intent.MeetingOn, Intent.Agenda, Intent.LastMeeting, Intent.MinutesList, Intent.IssueDate, Intent.Deadlines];

    /// <param name="isIndexed">Whether the minutes hold a word: a word they hold is never taken for a typo.</param>
    /// <param name="abbreviation">The phrase a short name the minutes define (and do not use) stands for, or null.</param>
    /// <param name="respelled">The word of the minutes one letter away from a word they never use, or null.</param>
    public QuestionReader(Vocabulary vocabulary, ActorDirectory actors, BodyNames bodies, Func<string, bool> isIndexed,
        Func<string, string?> abbreviation, Func<string, string?>? respelled = null)
    {
        _respelled = respelled ?? (_ => null);
        _documentKindWords = [.. vocabulary.DocumentKindWords];
        _documentQuestionWords = [.. vocabulary.DocumentQuestionWords];
        _summaryWords = [.. vocabulary.SummaryWords];
        _abbreviation = abbreviation;
        _isIndexed = isIndexed;
        _documentTopicWords = [.. vocabulary.DocumentTopicWords];
        _typos = new Typos(vocabulary, isIndexed);
        _meetingQualifiers = [.. vocabulary.MeetingQualifierWords];
        _cancelWords = [.. vocabulary.CancelWords];
        _reservationWords = [.. vocabulary.ReservationWords];
        _boundBeforeCues = [.. vocabulary.BoundBeforeCues.Select(c => Words.Split(c).Select(w => w.Lower).ToArray()).OrderByDescending(c => c.Length)];
        _comingOrAdditionalWords = [.. vocabulary.ComingWords, .. vocabulary.AdditionalWords];
        _meetingNouns = [.. vocabulary.MeetingWords];
        _shorthand = vocabulary.CouncilShorthand;
        _meetingQuestions = new MeetingQuestions(vocabulary);
        _calendarQuestions = new CalendarQuestions(vocabulary);
        _vocabulary = vocabulary;
        _actors = actors;
        _bodies = bodies;
        _intentCues = vocabulary.Intents.Select(i => (IntentNames.Parse(i.Name), Phrases(i.Cues))).ToList();
        _pastCues = Phrases(vocabulary.PastCues);
        _workshopCues = Phrases(vocabulary.WorkshopCues);
        _saidCues = [.. vocabulary.SaidCues];
        _fillers = [.. vocabulary.Fillers];
        _scheduleChangeWords = [.. vocabulary.ScheduleChangeWords, .. vocabulary.MeetingStatusWords];
        _plannedWords = [.. vocabulary.PlannedWords, .. vocabulary.EarliestWords];
        _ownRecordWords = [.. vocabulary.OwnRecordWords];
        _delegationWords = [.. vocabulary.DelegationWords];
        _earlierMeetingWords = [.. vocabulary.EarlierMeetingWords];
        _meetingWords = [.. vocabulary.MeetingWords, .. vocabulary.HeldWords];
        _whenCues = Phrases(vocabulary.WhenCues);
    }

    [GeneratedRegex(@"^(?:#|item|point)?(\d{1,3})(?:st|nd|rd|th)?$")]
    private static partial Regex Numeral();

    [GeneratedRegex(@"^(19|20)\d\d$")]
    private static partial Regex Year();

    [GeneratedRegex(@"^(\d{1,2})(?:st|nd|rd|th)?$")]
    private static partial Regex DayOfMonth();

    [GeneratedRegex(@"^(\d{1,2})(?:st|nd|rd|th)$")]
    private static partial Regex OrdinalDay();

    /// <summary>The bot's @mention that Teams leaves in the message text, or one typed by hand.</summary>
    [GeneratedRegex(@"<at>[^<]*</at>|@\w[\w.-]*", RegexOptions.IgnoreCase)]
    private static partial Regex BotMention();

    public QuestionReading Read(string question)
    {
        var text = BotMention().Replace(question, " ");
        var document = DocumentReference.FindAll(text).Select(m => m.Value).FirstOrDefault();
        if (document is not null) text = text.Replace(document, " ");
        (text, var subItem) = SubItemReference.Find(text);
        var written = Words.Split(text);
        var words = WithoutLibraryScope(_typos.Correct(written, i => NamesSomeone(written[i])));
        var used = new bool[words.Count];
        var (namedBodies, bodyPositions) = _bodies.Find(words);

        var cueIntent = IntentOutsideNames(words, used, namedBodies, bodyPositions);
        var past = CueMatcher.MatchAny(words, _pastCues, new bool[words.Count]);
        var workshopsOnly = CueMatcher.MatchAny(words, _workshopCues, new bool[words.Count]);
        var itemNumber = FindItemNumber(words, used);
        var dated = new bool[words.Count];
        var after = FindMeeting(words, used, dated, bound: true);
        var meeting = FindMeeting(words, used, dated, bound: false) ?? FindYear(words, used, dated) ?? FindDay(words, used, dated);
        var season = _calendarQuestions.Season(words, dated, namedBodies is not null);
        var restOfYear = _calendarQuestions.RestOfYear(words, dated);
        var calendarGiven = cueIntent is Intent.Topic or Intent.NextMeeting ? _calendarQuestions.CalendarGiven(words) : [];
        foreach (var position in bodyPositions) used[position] = true;
        var actorMentions = _actors.Find(words);
        var actor = actorMentions.Select(m => m.Key).FirstOrDefault();
        var said = words.Any(w => _saidCues.Contains(w.Lower) || _saidCues.Contains(Singular(w.Lower)));

        var intent = cueIntent switch
        {
            Intent.CarryOver or Intent.Deadlines or Intent.NextMeeting or Intent.Document or Intent.Speakers => cueIntent,
            _ when calendarGiven.Count > 0 => Intent.NextMeeting,
            _ when actor is not null && said => Intent.Actor,
            _ when document is not null => Intent.Document,
            _ when itemNumber is not null => Intent.Item,
            Intent.Topic when AsksKindOfDocument(words) => Intent.Document,
            _ => cueIntent,
        };
        if (intent == Intent.NextMeeting && _meetingQuestions.AsksRecordedMeeting(words, workshopsOnly))
            intent = meeting is { Month: not null } or { Day: not null } ? Intent.MeetingOn : Intent.LastMeeting;

        var beforeWords = BoundingEvent(words, used, dated);
        var searchWords = Remaining(words, i => !used[i]);
        var actorWords = new bool[words.Count];
        foreach (var mention in actorMentions)
            for (var j = 0; j < mention.Length; j++) actorWords[mention.Start + j] = true;
        var passageWords = Remaining(words, i => !used[i] && !actorWords[i] && !dated[i]);
        var dateWords = Remaining(words, i => dated[i]);
        var namedActors = actorMentions
            .Select(m => new NamedActor(m.Key, string.Join(' ', words.Skip(m.Start).Take(m.Length).Select(w => w.Original))))
            .ToList();
        foreach (var position in calendarGiven) used[position] = true;
        if (intent == Intent.Actor || calendarGiven.Count > 0)
        {
            foreach (var mention in actorMentions)
                for (var j = 0; j < mention.Length; j++) used[mention.Start + j] = true;
        }
        var topicWords = TopicWords(words, used, dated, intent);
        var unknownNames = UnknownNames(words, topicWords, namedBodies);
        var asksWhen = CueMatcher.MatchAny(words, _whenCues, new bool[words.Count]);
        if (intent == Intent.Topic && _meetingQuestions.Intent(words, unknownNames.Count > 0 ? [] : topicWords, namedBodies, meeting, after, past, asksWhen) is { } asked)
            (intent, topicWords) = (asked, TopicWords(words, used, dated, asked));
        if (intent == Intent.Topic && (season is not null || restOfYear))
            (intent, topicWords) = (Intent.NextMeeting, TopicWords(words, used, dated, Intent.NextMeeting));
        if (MeetingIntents.Contains(intent) && topicWords.All(unknownNames.Contains)) topicWords = [];
        if (document is not null && intent != Intent.Document) searchWords.Add(document);

        return new QuestionReading(question, intent, topicWords, searchWords, itemNumber, meeting,
            intent == Intent.Actor ? actor : null, document, namedBodies, past, workshopsOnly)
        {
            SubItem = itemNumber is null ? null : subItem,
            After = after,
            AdditionalOnly = _meetingQuestions.AsksAdditional(words),
            AsksWhen = asksWhen,
            AsksSummary = words.Any(w => _summaryWords.Contains(w.Lower)),
            Season = season,
            AsksFormat = _calendarQuestions.AsksFormat(words, asksWhen),
            AsksWhyAdditional = _calendarQuestions.AsksWhyAdditional(words),
            AsksAbsence = _calendarQuestions.AsksAbsence(words),
            AsksOriginalDate = _calendarQuestions.AsksOriginalDate(words),
            RestOfYear = restOfYear,
            AsksScheduleChange = words.Any(w => _scheduleChangeWords.Contains(w.Lower)),
            DelegationsOnly = words.Any(w => _delegationWords.Contains(w.Lower)),
            AsksCancellation = words.Any(w => _cancelWords.Contains(w.Lower)),
            AsksMove = words.Any(w => _vocabulary.MovedWords.Contains(w.Lower)),
            AsksEarliest = MeetingIntents.Contains(intent) && words.Any(w => _vocabulary.EarliestWords.Contains(w.Lower)),
            AsksReason = words.Any(w => _vocabulary.ReasonWords.Contains(w.Lower)),
            AsksReservations = words.Any(w => _reservationWords.Contains(w.Lower)),
            BeforeWords = beforeWords,
            AsksIssueDate = cueIntent == Intent.IssueDate,
            AsksEarlierMeetings = words.Any(w => _earlierMeetingWords.Contains(w.Lower)) && words.Any(w => _meetingWords.Contains(w.Lower)),
            PassageWords = passageWords,
            DateWords = dateWords,
            NamedActors = namedActors,
        };
    }

    /// <summary>
    /// The question without a phrase that scopes it over the whole library ("over all WPs", "in every group", "across the
    /// working parties"): a scope word, "the" maybe, then body nouns, with the preposition before. A question that names
    /// no body asks of every body already; left in, "over" would ask for past deadlines and "across" be a topic.
    /// </summary>
    private IReadOnlyList<Word> WithoutLibraryScope(IReadOnlyList<Word> words)
    {
        var scope = _vocabulary.LibraryScope;
        HashSet<int>? dropped = null;
        for (var i = 0; i < words.Count; i++)
        {
            if (!scope.Words.Contains(words[i].Lower)) continue;
            var j = i + 1;
            while (j < words.Count && words[j].Lower is "the" or "our" or "of" && j - i <= 2) j++;
            var end = j;
            while (end < words.Count && scope.Nouns.Contains(words[end].Lower)) end++;
            if (end == j) continue;
            var start = i > 0 && scope.Prepositions.Contains(words[i - 1].Lower) ? i - 1 : i;
            dropped ??= [];
            for (var k = start; k < end; k++) dropped.Add(k);
            i = end;
        }
        return dropped is null ? words : [.. words.Where((_, i) => !dropped.Contains(i))];
    }

    /// <summary>
    /// The intent of the first cue found outside the words of a named body's name: in "next digital agenda WP?" the
    /// "agenda" is the Working Party on the Digital Agenda's, not a request for an agenda (nor "due" in "Due Diligence"
    /// one for deadlines). Marks the cue's words used.
    /// </summary>
    private Intent IntentOutsideNames(IReadOnlyList<Word> words, bool[] used, IReadOnlySet<string>? bodies, IReadOnlyList<int> bodyPositions)
    {
        var named = bodies is null ? [] : bodyPositions.Where(p => _bodies.InNameOf(bodies, words[p].Lower)).ToHashSet();
        if (named.Count == 0)
            return _intentCues.FirstOrDefault(i => CueMatcher.MatchAny(words, i.Cues, used)).Intent;
        var kept = Enumerable.Range(0, words.Count).Where(i => !named.Contains(i)).ToList();
        var keptWords = kept.Select(i => words[i]).ToList();
        var keptUsed = new bool[keptWords.Count];
        var intent = _intentCues.FirstOrDefault(i => CueMatcher.MatchAny(keptWords, i.Cues, keptUsed)).Intent;
        for (var k = 0; k < kept.Count; k++) used[kept[k]] |= keptUsed[k];
        return intent;
    }

    /// <summary>
    /// "Any extra meeting before the ECOFIN Council?", "further sessions ahead of the summit?": after a meeting word, in a
    /// question about coming or additional meetings, the words after "before" name the event that bounds the dates. They
    /// are marked used (not a topic) and returned; empty when the question has no such bound.
    /// </summary>
    private List<string> BoundingEvent(IReadOnlyList<Word> words, bool[] used, bool[] dated)
    {
        if (!words.Any(w => _comingOrAdditionalWords.Contains(w.Lower))) return [];
        for (var i = 1; i < words.Count; i++)
        {
            var cue = _boundBeforeCues.FirstOrDefault(c => i + c.Length <= words.Count && c.Select((w, j) => words[i + j].Lower == w).All(m => m));
            if (cue is null || dated[i] || !words.Take(i).Any(w => _meetingWords.Contains(w.Lower))) continue;
            var bound = Enumerable.Range(i + cue.Length, words.Count - i - cue.Length).Where(k => !used[k] && !dated[k]).ToList();
            var eventWords = bound.Select(k => words[k].Lower).Where(w => !IsFiller(w)).ToList();
            if (eventWords.Count == 0) return [];
            for (var k = i; k < words.Count; k++) used[k] = !dated[k] || used[k];
            return eventWords;
        }
        return [];
    }

    /// <summary>"Which compromise text ...", "what draft ...": "which" or "what" and a kind of document within two words.</summary>
    private bool AsksKindOfDocument(IReadOnlyList<Word> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (!_documentQuestionWords.Contains(words[i].Lower)) continue;
            for (var j = i + 1; j <= i + 2 && j < words.Count; j++)
            {
                if (_documentKindWords.Contains(words[j].Lower)) return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The topic words when none of them occurs anywhere in the minutes and the question speaks of a working party ("next
    /// fishpol WP?", "next TPC G and S meeting?"): a name the library does not know, which should not turn a question
    /// about meetings into one about a topic the minutes never mention. Empty otherwise.
    /// </summary>
    private IReadOnlyList<string> UnknownNames(IReadOnlyList<Word> words, IReadOnlyList<string> topicWords, IReadOnlySet<string>? named) =>
        topicWords.Count > 0 && (named is not null || BodyNames.SaysBody(words)) && !topicWords.Any(_isIndexed) ? topicWords : [];

    /// <summary>Whether a word of the question, as written, names an actor or a working party.</summary>
    private bool NamesSomeone(Word word) => _actors.Find([word]).Count > 0 || _bodies.Find([word]).Bodies is not null;

    /// <summary>The words of the topic; in a document question, "agenda" and the like name the document asked for.</summary>
    private List<string> TopicWords(IReadOnlyList<Word> words, bool[] used, bool[] dated, Intent intent) =>
        Enumerable.Range(0, words.Count)
            .Where(i => !used[i] && !dated[i]
                && !(intent == Intent.Actor && _saidCues.Contains(words[i].Lower))
                && !(intent is Intent.NextMeeting or Intent.MeetingOn or Intent.MinutesList or Intent.LastMeeting
                    && (_scheduleChangeWords.Contains(words[i].Lower) || _plannedWords.Contains(words[i].Lower)))
                && !(intent == Intent.IssueDate && _ownRecordWords.Contains(words[i].Lower))
                && !(intent == Intent.MinutesList && _vocabulary.LibraryScope.Nouns.Contains(words[i].Lower))
                && !QualifiesMeeting(words, i))
            .Where(i => !IsFiller(words[i].Lower) || (intent == Intent.Document && _documentTopicWords.Contains(words[i].Lower)))
            .SelectMany(i => Spelled(words[i].Lower))
            .ToList();

    /// <summary>
    /// Whether the word says what kind of meeting one is, not what it was about: a qualifier ("joint", "informal") with
    /// a meeting word after it, other qualifiers or a body's name between ("the joint session", "the informal PORTS VTC").
    /// </summary>
    private bool QualifiesMeeting(IReadOnlyList<Word> words, int at)
    {
        if (!_meetingQualifiers.Contains(words[at].Lower)) return false;
        for (var i = at + 1; i < words.Count && i <= at + 3; i++)
        {
            if (_meetingNouns.Contains(words[i].Lower)) return true;
            if (!_meetingQualifiers.Contains(words[i].Lower) && _bodies.Find([words[i]]).Bodies is null) return false;
        }
        return false;
    }

    /// <summary>The words kept by <paramref name="keep"/> that are not fillers (nor a filler's plural or third person: "asks").</summary>
    private List<string> Remaining(IReadOnlyList<Word> words, Func<int, bool> keep) =>
        Enumerable.Range(0, words.Count).Where(i => keep(i) && !IsFiller(words[i].Lower)).SelectMany(i => Spelled(words[i].Lower)).ToList();

    /// <summary>
    /// A short name the minutes define (or whose initials they spell) but never use in that form ("SSR") is the words it
    /// stands for; a short name glued to a number they do not use ("COP29") is the name and the number ("29th" when
    /// the minutes write it so).
    /// </summary>
    private IEnumerable<string> Spelled(string word)
    {
        if (_abbreviation(word) is { } phrase) return Words.Split(phrase).Select(w => w.Lower).Where(w => !IsFiller(w));
        if (_shorthand.TryGetValue(word, out var full) && !_isIndexed(word) && Words.Split(full).Any(w => _isIndexed(w.Lower)))
            return Words.Split(full).Select(w => w.Lower).Where(w => !IsFiller(w));
        if (word.Length >= ShortestRespelled && word.All(char.IsLetter) && !_isIndexed(word) && _respelled(word) is { } known) return [known];
        var glued = GluedNumber().Match(word);
        if (!glued.Success || _isIndexed(word)) return [word];
        var (name, number) = (glued.Groups["name"].Value, glued.Groups["number"].Value);
        var ordinal = number + Ordinal(int.Parse(number));
        return [.. Spelled(name), !_isIndexed(number) && _isIndexed(ordinal) ? ordinal : number];
    }

    [GeneratedRegex(@"^(?<name>\p{L}{2,})(?<number>\d{1,3})$")]
    private static partial Regex GluedNumber();

    private static string Ordinal(int number) => (number % 100, number % 10) switch
    {
        ( >= 11 and <= 13, _) => "th",
        (_, 1) => "st",
        (_, 2) => "nd",
        (_, 3) => "rd",
        _ => "th",
    };

    private bool IsFiller(string word) => _fillers.Contains(word) || _fillers.Contains(Singular(word));

    private static string Singular(string word) => word.Length > 3 && word[^1] == 's' && word[^2] != 's' ? word[..^1] : word;

    private int? FindItemNumber(IReadOnlyList<Word> words, bool[] used)
    {
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i].Lower;
            var glued = Numeral().Match(word);
            if (glued.Success && word[0] is '#' or 'i' or 'p')
                return Take(used, i, 1, int.Parse(glued.Groups[1].Value));
            if (!_vocabulary.ItemWords.Contains(word)) continue;
            if (i + 1 < words.Count && NumberAt(words[i + 1].Lower) is { } after) return Take(used, i, 2, after);
            if (i > 0 && _vocabulary.NumberWords.TryGetValue(words[i - 1].Lower, out var ordinal)) return Take(used, i - 1, 2, ordinal);
        }
        return null;
    }

    private int? NumberAt(string word)
    {
        if (_vocabulary.NumberWords.TryGetValue(word, out var number)) return number;
        var numeral = Numeral().Match(word);
        return numeral.Success && !Year().IsMatch(word) ? int.Parse(numeral.Groups[1].Value) : null;
    }

    private static int Take(bool[] used, int start, int length, int value)
    {
        for (var j = start; j < start + length; j++) used[j] = true;
        return value;
    }

    /// <summary>
    /// "March 2017", "22 March 2017", "March 22", "the 9th of September", "the March meeting"; "may" and short names
    /// need a day or a year beside them.
    /// </summary>
    /// <param name="bound">
    /// Whether to find the date after "after", "from" or "since" ("and after 22 April?"), the start of a period, rather
    /// than the date of a meeting; each is found once, and the words of one are not the other's.
    /// </param>
    private MeetingFilter? FindMeeting(IReadOnlyList<Word> words, bool[] used, bool[] dated, bool bound)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (dated[i] || !_vocabulary.Months.TryGetValue(words[i].Lower, out var month)) continue;
            var dayBefore = i > 1 && words[i - 1].Lower == "of" ? i - 2 : i - 1;
            var at = DayAt(words, used, dayBefore) is not null ? dayBefore : DayAt(words, used, i + 1) is not null ? i + 1 : -1;
            var yearAt = at == i + 1 ? i + 2 : i + 1;
            int? year = yearAt < words.Count && Year().IsMatch(words[yearAt].Lower) ? int.Parse(words[yearAt].Lower) : null;
            var day = at >= 0 ? DayAt(words, used, at) : null;
            var spelledOut = (words[i].Lower.Length > 3 && words[i].Lower != "may")
                || (i > 0 && (words[i - 1].Lower is "in" or "during" || _vocabulary.PeriodStartWords.Contains(words[i - 1].Lower)))
                || (i + 1 < words.Count && _meetingNouns.Contains(words[i + 1].Lower))
                || BeforeRecordNoun(words, i);
            if (!spelledOut && year is null && day is null) continue;
            var first = at >= 0 ? Math.Min(at, i) : i;
            // "after 22 April", "after the June meeting": the start word, "the" maybe between.
            var start = first > 0 && words[first - 1].Lower == "the" ? first - 2 : first - 1;
            var startsPeriod = start >= 0 && _vocabulary.PeriodStartWords.Contains(words[start].Lower);
            if (startsPeriod != bound) continue;
            for (var k = start; startsPeriod && k < first; k++) dated[k] = true;
            dated[i] = true;
            if (year is not null) dated[yearAt] = true;
            if (day is not null) dated[at] = true;
            return new MeetingFilter(year, month, day);
        }
        return null;
    }

    /// <summary>
    /// "the sept minutes", "the jun outcome of proceedings": a short month (or "may") after "the" and right before a word
    /// for the minutes or a body names the meeting of that month (before a meeting word it does so without "the").
    /// </summary>
    private bool BeforeRecordNoun(IReadOnlyList<Word> words, int at) =>
        at > 0 && words[at - 1].Lower == "the" && at + 1 < words.Count
        && (_ownRecordWords.Contains(words[at + 1].Lower)
            || words[at + 1].Lower is "minutes" or "summary" or "agenda" || BodyNames.SaysBody([words[at + 1]]));

    /// <summary>"in 2013", "the 2013 meetings": a year alone, when no month was named.</summary>
    private static MeetingFilter? FindYear(IReadOnlyList<Word> words, bool[] used, bool[] dated)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (used[i] || dated[i] || !Year().IsMatch(words[i].Lower)) continue;
            dated[i] = true;
            return new MeetingFilter(int.Parse(words[i].Lower), null, null);
        }
        return null;
    }

    /// <summary>
    /// A day without a month: "the 22nd", "on the 3rd", "on the 22" (a number after "on the"), not an item's number. Its
    /// month is the one that puts it nearest to the day of asking (<see cref="MeetingFilter.Nearest"/>).
    /// </summary>
    private MeetingFilter? FindDay(IReadOnlyList<Word> words, bool[] used, bool[] dated)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (used[i] || dated[i] || DayAt(words, used, i) is not { } day) continue;
            var ordinal = OrdinalDay().IsMatch(words[i].Lower);
            var afterOnThe = i > 1 && words[i - 1].Lower == "the" && words[i - 2].Lower is "on" or "of" or "for";
            if (!ordinal && !afterOnThe) continue;
            if (i + 1 < words.Count && words[i + 1].Lower is "item" or "point" or "items" or "points") continue;
            // "the 3rd compromise", "its 4th revision": an ordinal before a word of the topic counts that thing, not a day.
            if (ordinal && i + 1 < words.Count && !IsFiller(words[i + 1].Lower) && !_vocabulary.Months.ContainsKey(words[i + 1].Lower)) continue;
            dated[i] = true;
            return new MeetingFilter(null, null, day);
        }
        return null;
    }

    /// <summary>The day of the month at a position, unless the word there is taken (an item number: "item 3 of March").</summary>
    private static int? DayAt(IReadOnlyList<Word> words, bool[] used, int at)
    {
        if (at < 0 || at >= words.Count || used[at]) return null;
        var match = DayOfMonth().Match(words[at].Lower);
        return match.Success && int.Parse(match.Groups[1].Value) is var day and >= 1 and <= 31 ? day : null;
    }

    private static string[][] Phrases(IEnumerable<string> cues) =>
        cues.Select(c => Words.Split(c).Select(w => w.Lower).ToArray()).Where(c => c.Length > 0).ToArray();
}
