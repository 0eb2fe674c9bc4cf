namespace WorkingParty.Answers.Composition;

/// <summary>
/// "Which delegations had concerns on the tariffs?", "who spoke under item 3?", "who supported BE on X?": the speakers
/// of the sentences on the topic (of the item, when one is named), each sentence quoted, those with a speaker first. A
/// delegation the question names is what the sentences must mention, not a speaker to list.
/// </summary>
internal static class Speakers
{
    private const int MostSentences = 12;

    /// <summary>How many sentences after one on the topic, in its paragraph, may answer it ("... asked for aid. It was discussed. IT supported the request.").</summary>
    private const int MostFollowing = 2;

    private static readonly HashSet<string> MarksHoldingBack = [.. Vocabulary.Default.ReservationMarks];

    public static SpeakersAnswer? Answer(QuestionReading question, MinutesLibrary library, DateOnly today, RetrievalSettings settings)
    {
        var named = question.NamedActors.Select(a => a.Key).Where(ActorDirectory.Default.IsDelegation).ToHashSet();
        var holdingBack = question.AsksReservations ? Vocabulary.Default.ReservationWords.ToHashSet(StringComparer.Ordinal) : [];
        var topic = question.PassageWords.Where(w => !holdingBack.Contains(w)).ToList();
        var concepts = Concepts.Of(topic.Count > 0 ? topic : question.PassageWords, question.NamedActors.Where(a => named.Contains(a.Key))
            .Select(a => new Concept(EntityTerms.Actor(a.Key), a.Words)));
        var onTopic = Sentences(question, library, today, settings, concepts).Take(MostSentences).ToList();
        var answering = onTopic.SelectMany(p => NamesADelegation(p, named, library.Index) ? [p] : WithAnswers(p, library.Index));
        var found = HeldBack(answering.Distinct().Take(MostSentences).ToList(), holdingBack,
            AskedHoldingBack(question, holdingBack), library.Index);
        var sentences = found.Where(p => Speaking(p, question, named, library).Any()).Concat(found).Distinct().ToList();
        if (!found.Any(p => Speaking(p, question, named, library).Any())) return null;
        var actors = sentences.SelectMany(p => Speaking(p, question, named, library)).Distinct().Select(ActorDirectory.Default.Display).ToList();
        var quoted = sentences.Select(p => new QuotedPassage(p.Sentence.Text, Citations.Of(p),
            MatchedWords.In(p.Sentence.Text, concepts, library.Index.TermsOf(p), ActorDirectory.Default))).ToList();
        return new SpeakersAnswer(question.Question, actors, quoted);
    }

    /// <summary>
    /// A sentence on the topic that names no delegation but the question's, with the sentences after it in its paragraph
    /// that someone speaks in: they answer it ("Spain asked for exceptional support. Italy, Greece and Portugal supported
    /// the request.", "The Commission announced a pilot. AT and FI volunteered."), and seldom repeat the topic the
    /// sentence before them put. A sentence naming delegations of its own says who took which side itself.
    /// </summary>
    private static IEnumerable<Passage> WithAnswers(Passage passage, PassageIndex index) =>
        Following(passage, index).Where(next => next.Sentence.Actors.Count > 0).Prepend(passage);

    private static bool NamesADelegation(Passage passage, HashSet<string> named, PassageIndex index) =>
        index.ActorsNamedIn(passage).Any(key => !named.Contains(key) && ActorDirectory.Default.IsDelegation(key));

    private static IEnumerable<Passage> Following(Passage passage, PassageIndex index)
    {
        var next = index.After(passage);
        for (var taken = 0; next is not null && taken < MostFollowing; taken++, next = index.After(next)) yield return next;
    }

    /// <summary>
    /// "Who had doubts / concerns / reservations about X": of the sentences on X, those that hold back (a reservation, a
    /// concern, an objection), when any does; supporters of X are not who had doubts. A reservation seldom repeats the
    /// topic its item's other sentences name ("UK and SE maintained scrutiny reservations on the whole proposal"), so the
    /// sentences under X's items that say the question's own mark of holding back ("scrutiny", "sceptical") count too,
    /// those saying most of the question's words of holding back first. All the sentences on X otherwise.
    /// </summary>
    private static List<Passage> HeldBack(List<Passage> found, HashSet<string> holdingBack, Concepts asked, PassageIndex index)
    {
        if (holdingBack.Count == 0) return found;
        var marks = Concepts.Of(asked.All.Select(c => c.Word).Where(MarksHoldingBack.Contains));
        var underItems = marks.Count == 0
            ? []
            : found.DistinctBy(p => p.Item, ReferenceEqualityComparer.Instance).SelectMany(index.UnderItemOf)
                .Where(p => marks.FoundIn(index.SentenceTermsOf(p)) > 0);
        var held = found.Where(p => Words.Split(p.Sentence.Text).Any(w => holdingBack.Contains(w.Lower))).Concat(underItems)
            .Where(p => p.Sentence.Actors.Count > 0).Distinct().ToList();
        return held.Count == 0 ? found : [.. held.OrderByDescending(p => asked.FoundIn(index.SentenceTermsOf(p)))];
    }

    /// <summary>The question's own words of holding back ("scrutiny", "reservations" of "who keeps scrutiny reservations?").</summary>
    private static Concepts AskedHoldingBack(QuestionReading question, HashSet<string> holdingBack) =>
        Concepts.Of(question.PassageWords.Where(holdingBack.Contains));

    /// <summary>Every sentence of the item named, in the minutes' order; else the sentences closest to the topic, best first.</summary>
    private static IEnumerable<Passage> Sentences(QuestionReading question, MinutesLibrary library, DateOnly today, RetrievalSettings settings, Concepts concepts)
    {
        if (question.ItemNumber is { } number)
        {
            var meeting = library.Select(question.Meeting, question.Bodies, today);
            return library.Index.Passages.Where(p => ReferenceEquals(p.Meeting, meeting) && p.Item.Number == number
                && (question.SubItem is null || (p.Paragraph >= 0
                    && string.Equals(p.Item.Paragraphs[p.Paragraph].SubItem, question.SubItem, StringComparison.OrdinalIgnoreCase))));
        }
        var meetingNamed = question.Meeting is { } filter && library.NewestFirst(question.Bodies, today).Any(filter.Accepts) ? filter : null;
        return library.Index.Match(concepts, settings.Hits,
                p => MinutesLibrary.IsHeld(p.Meeting, question.Bodies, today) && (meetingNamed?.Accepts(p.Meeting) ?? true))
            .Where(m => m.Closeness >= settings.CloseEnough)
            .Select(m => m.Passage);
    }

    /// <summary>
    /// The speakers of a sentence the question asks about: delegations only when it asks for delegations, never one it
    /// names. A footnote has no speaker: the actors it names are its (the delegations "no reply had been received from").
    /// Asked which delegations, a sentence no delegation speaks in answers with the delegations it names ("The Chair
    /// asked the Member States that had not replied (CZ and SK) to do so").
    /// </summary>
    private static IEnumerable<string> Speaking(Passage passage, QuestionReading question, HashSet<string> named, MinutesLibrary library)
    {
        var speakers = passage.Paragraph < 0 && passage.Sentence.Actors.Count == 0
            ? library.Index.ActorsNamedIn(passage)
            : passage.Sentence.Actors.Select(a => library.ActorKey(a) ?? a);
        if (question.DelegationsOnly && !speakers.Any(ActorDirectory.Default.IsDelegation)) speakers = library.Index.ActorsNamedIn(passage);
        return speakers.Where(key => !named.Contains(key) && (!question.DelegationsOnly || ActorDirectory.Default.IsDelegation(key)));
    }
}
