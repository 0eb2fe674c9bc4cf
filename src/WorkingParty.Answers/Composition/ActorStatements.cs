namespace WorkingParty.Answers.Composition;

/// <summary>What one actor said, newest meeting first, narrowed to an item, a meeting or a topic when asked.</summary>
internal static class ActorStatements
{
    private const int MostStatements = 12;

    /// <summary>
    /// The actor's sentences on the topic: the topic in the sentence, in the sentences that go on from it, or in the
    /// sentence before it in its paragraph (then quoted with it: "... on the phasing-out rules. Malta could agree only if
    /// ..."). When none is, those of a paragraph that says all of the topic in its other sentences ("The Chair presented
    /// the compromise on the levy. ... Malta could agree only with a review." for "what did Malta say on the levy?"); when
    /// none does either, those of an item whose sentences up to the actor's paragraph together say all of it.
    /// </summary>
    public static ActorStatementsAnswer? Answer(QuestionReading question, MinutesLibrary library, DateOnly today)
    {
        var actor = question.Actor!;
        var concepts = Concepts.Of(question.TopicWords);
        var spoken = Together(question, actor, library.Index)
            .Where(p => MinutesLibrary.IsHeld(p.Meeting, question.Bodies, today) && (question.Meeting?.Accepts(p.Meeting) ?? true))
            .Where(p => question.ItemNumber is null || p.Item.Number == question.ItemNumber)
            .ToList();
        // "FTT" asked of a meeting that wrote "financial transaction tax" in full.
        var shortNames = new SpelledOutShortNames(concepts, library);
        var statements = Statements(spoken, library.Index, (index, p) => Matches(index, p, concepts, shortNames));
        // A date asked for is in the actor's own sentence or not there: the paragraph is for what the actor said.
        if (statements.Count == 0 && concepts.Count > 0 && !question.AsksWhen)
            statements = Statements(spoken, library.Index, (index, p) => InParagraphOn(index, p, concepts, shortNames) ? Match.Own : Match.None);
        if (statements.Count == 0 && concepts.Count > 0 && !question.AsksWhen)
            statements = Statements(spoken, library.Index, (index, p) => InItemOn(index, p, concepts, shortNames) ? Match.Own : Match.None);
        return statements.Count == 0 ? null : new ActorStatementsAnswer(ActorDirectory.Default.Display(actor), statements);
    }

    private static List<CitedText> Statements(IEnumerable<Passage> spoken, PassageIndex index, Func<PassageIndex, Passage, Match> matches) =>
        spoken
            .Select(p => (Passage: p, Match: matches(index, p)))
            .Where(p => p.Match != Match.None)
            .GroupBy(p => p.Passage.Meeting)
            .Reverse()
            .SelectMany(meeting => meeting)
            .Select(p => p.Match == Match.WithPreceding && Continuations.Thread(index, p.Passage) is var thread
                && Continuations.Preceding(index, p.Passage) is { } before && thread[0].Id != before.Id
                    ? [before, .. thread]
                    : Continuations.Thread(index, p.Passage))
            .DistinctBy(thread => thread[0].Id)
            .Take(MostStatements)
            .Select(thread => new CitedText(Citations.Of(thread[0]), Continuations.Text(WithReport(index, thread))))
            .ToList();

    /// <summary>Whether the sentences of the passage's paragraph, read together, hold every word of the topic.</summary>
    private static bool InParagraphOn(PassageIndex index, Passage passage, Concepts concepts, SpelledOutShortNames shortNames)
    {
        var terms = new HashSet<string>();
        foreach (var other in index.UnderItemOf(passage).Where(p => p.Paragraph == passage.Paragraph)) terms.UnionWith(index.TermsOf(other));
        return concepts.AllFoundIn(shortNames.Widen(terms));
    }

    /// <summary>
    /// Whether the sentences of the passage's agenda item up to the end of its paragraph, the item's title with them,
    /// hold every word of the topic: the topic was put to the meeting and the actor answered in a paragraph of its own
    /// ("The final compromise text was set out in doc. X." then, a paragraph later, "Germany could support the text.
    /// France entered a scrutiny reservation."). What the item says only after the actor ("The Group approved the
    /// report.") is no topic the actor spoke to.
    /// </summary>
    private static bool InItemOn(PassageIndex index, Passage passage, Concepts concepts, SpelledOutShortNames shortNames)
    {
        var terms = new HashSet<string>();
        foreach (var other in index.UnderItemOf(passage).TakeWhile(p => p.Paragraph <= passage.Paragraph)) terms.UnionWith(index.TermsOf(other));
        return concepts.AllFoundIn(shortNames.Widen(terms));
    }

    /// <summary>
    /// The sentences the actor speaks in; of a group of delegations named together ("the Baltics"), those every member
    /// speaks in, when any, else those of any member.
    /// </summary>
    private static IEnumerable<Passage> Together(QuestionReading question, string actor, PassageIndex index)
    {
        var named = question.NamedActors.FirstOrDefault(a => a.Key == actor);
        var members = question.NamedActors.Where(a => named is not null && a.Words == named.Words).Select(a => a.Key).ToList();
        if (members.Count < 2) return index.SpokenBy(actor);
        var spoken = members.Select(index.SpokenBy).ToList();
        var all = spoken[0].Where(p => spoken.All(s => s.Contains(p))).ToList();
        return all.Count > 0 ? all : spoken.SelectMany(s => s).Distinct().OrderBy(p => p.Id);
    }

    /// <summary>
    /// A statement with the sentence after it in its paragraph when that one names no actor: it goes on with what the
    /// actor reported ("The Danish delegation informed the WP of the outbreak. Investigations focused on a hatchery.").
    /// </summary>
    private static IReadOnlyList<Passage> WithReport(PassageIndex index, IReadOnlyList<Passage> thread) =>
        index.After(thread[^1]) is { Sentence.Actors.Count: 0 } next && !Continuations.GoesOn(next) ? [.. thread, next] : thread;

    private static Match Matches(PassageIndex index, Passage passage, Concepts concepts, SpelledOutShortNames shortNames)
    {
        if (concepts.Count == 0 || concepts.AreAnsweredBy(shortNames.Widen(index.TermsOf(passage)))) return Match.Own;
        if (Continuations.HasAny(index, passage)
            && concepts.AreAnsweredBy(Continuations.Thread(index, passage).Select(p => shortNames.Widen(index.TermsOf(p))).ToList()))
        {
            return Match.Own;
        }
        return Continuations.AnsweredWithPreceding(index, passage, concepts) ? Match.WithPreceding : Match.None;
    }

    private enum Match { None, Own, WithPreceding }
}
