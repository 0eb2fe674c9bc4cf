namespace WorkingParty.Answers.Composition;

/// <summary>A Council document: where the minutes refer to it, found by its reference or by what it is about.</summary>
internal static partial class Documents
{
    private static readonly HashSet<string> DocumentNouns = [.. Vocabulary.Default.DocumentNouns];
    private static readonly HashSet<string> Demonstratives = ["the", "this", "that", "these", "those"];

    /// <summary>Where the document is referred to, as written; else any copy or revision of it ("CM 1551/17" for "CM 1551/1/17 REV 1").</summary>
    public static DocumentAnswer? ByReference(string reference, MinutesLibrary library, DateOnly today) =>
        Find(reference, DocumentReference.Key, library, today) ?? Find(reference, DocumentReference.BaseKey, library, today);

    /// <summary>
    /// The sentences citing the document, newest meeting first, each item's in the minutes' order; an item that only
    /// lists it among its documents is cited by its title.
    /// </summary>
    private static DocumentAnswer? Find(string reference, Func<string, string> keyOf, MinutesLibrary library, DateOnly today)
    {
        var key = keyOf(reference);
        var listed = library.Documents.Of(reference).Where(l => l.Meeting.Date <= today && keyOf(l.Reference) == key).ToList();
        var citing = library.Index.Citing(reference)
            .Where(p => p.Meeting.Date <= today && DocumentReference.FindAll(p.Sentence.Text).Any(m => keyOf(m.Value) == key))
            .ToList();
        var items = listed.Select(l => (l.Meeting, l.Item)).Concat(citing.Select(p => (p.Meeting, p.Item))).Distinct()
            .OrderByDescending(i => library.PositionOf(i.Meeting)).ThenBy(i => IndexOf(i.Meeting, i.Item));
        var mentions = new List<CitedText>();
        foreach (var (meeting, item) in items)
        {
            var sentences = citing.Where(p => ReferenceEquals(p.Item, item)).Select(p => new CitedText(Citations.Of(p), WithNext(p, library)))
                .DefaultIfEmpty(new CitedText(Citations.Of(meeting, item), ListingTitle(item, key, keyOf)));
            mentions.AddRange(sentences);
        }
        var display = listed.OrderByDescending(l => library.PositionOf(l.Meeting)).Select(l => l.Reference).FirstOrDefault();
        return mentions.Count == 0 ? null : new DocumentAnswer(display ?? reference, mentions);
    }

    /// <summary>
    /// The citing sentence and the one after it in its paragraph, which often says what becomes of the document ("The
    /// report will go to Coreper on 2 July"), unless that one cites a document of its own.
    /// </summary>
    private static string WithNext(Passage passage, MinutesLibrary library) =>
        library.Index.After(passage) is { } next && !DocumentReference.FindAll(next.Sentence.Text).Any()
            ? $"{passage.Sentence.Text} {next.Sentence.Text}"
            : passage.Sentence.Text;

    /// <summary>The sub-item title that lists the document ("b) Port levy study (WK 3301/25)"), else the item's title.</summary>
    private static string ListingTitle(AgendaItem item, string key, Func<string, string> keyOf) =>
        item.SubItems.FirstOrDefault(s => DocumentReference.FindAll(s.Title).Any(m => keyOf(m.Value) == key)) is { } sub
            ? $"{item.Title} — {sub.Label}) {sub.Title}"
            : item.Title;

    private static int IndexOf(Meeting meeting, AgendaItem item)
    {
        for (var i = 0; i < meeting.Items.Count; i++)
            if (ReferenceEquals(meeting.Items[i], item)) return i;
        return -1;
    }

    /// <summary>
    /// "Which document is the toolbox paper?": the reference in the newest sentence about the topic, read with its item's
    /// title (with its sub-item's too when no sentence holds the topic so), that cites one (one under an item whose title holds the topic first, then a sentence that holds the topic on its own before one that
    /// needs its item's title), with the other documents of its
    /// sub-item, each where it is cited; under an item without sub-items, only those whose own sentence is on the topic.
    /// When the sentence cites several documents, the one right after the words of the topic ("Annex B (doc. 5200/33)");
    /// two equally near are both given. The minutes' own number is no document a sentence cites. Asked in the plural,
    /// the documents of the whole item when its title holds the topic.
    /// </summary>
    public static DocumentAnswer? ByTopic(QuestionReading question, MinutesLibrary library, DateOnly today)
    {
        var concepts = Concepts.Of(question.TopicWords);
        if (concepts.Count == 0) return null;
        var nouns = Concepts.Of(question.TopicWords.Where(DocumentNouns.Contains));
        var sentences = library.NewestFirst(question.Bodies, today)
            .SelectMany(m => m.Items.Where(i => i.Documents.Count > 0).SelectMany(i => i.Paragraphs
                .SelectMany(p => p.Sentences.Select(s => (Meeting: m, Item: i, Paragraph: p, Sentence: s)))))
            .Where(s => DocumentReference.FindAll(s.Sentence.Text).Any(m => !IsOwnNumber(m.Value, s.Meeting) && !ReferenceHolders.HoldsOther(s.Sentence.Text, m, concepts)))
            .ToList();
        // The sentence read with its item's title; only when none holds the topic so, with its sub-item's title too.
        var citing = sentences.Where(s => HoldsTopic(s.Sentence, s.Paragraph, s.Item.Title, concepts, nouns)).ToList();
        if (citing.Count == 0) citing = sentences.Where(s => HoldsTopic(s.Sentence, s.Paragraph, Titles(s.Item, s.Paragraph), concepts, nouns)).ToList();
        if (citing.Count == 0) citing = NamedByANoun(sentences, question, nouns);
        if (citing.Count == 0) return ByTitle(question, library, today);
        var found = citing.OrderBy(s => IsAbout(s.Item, s.Paragraph, concepts) ? 0 : 1)
            .ThenBy(s => concepts.AllFoundIn(Concepts.TermsOf(s.Sentence.Text)) ? 0 : 1).First();
        var actorWords = question.NamedActors.SelectMany(a => Words.Split(a.Words)).Select(w => w.Lower).ToHashSet();
        var references = Nearest(found.Sentence.Text, concepts, actorWords, found.Meeting);
        if (references.Count == 0 || ByReference(references[0], library, today) is not { } answer) return null;
        var keys = references.Select(DocumentReference.BaseKey).ToHashSet();
        var alsoNear = references.Skip(1).SelectMany(r => ByReference(r, library, today)?.Mentions ?? []);
        // "Which cod docs were discussed?": in the plural, every document of the item whose own title holds the topic.
        var wholeItem = question.AsksSeveralDocuments && concepts.AllFoundIn(Concepts.TermsOf(found.Item.Title));
        var others = ItemDocuments.Of(found.Item, wholeItem ? null : found.Paragraph.SubItem)
            .Where(d => !keys.Contains(DocumentReference.BaseKey(d.Reference)))
            .Where(d => wholeItem || found.Paragraph.SubItem is not null || concepts.AreAnsweredBy(Concepts.TermsOf(d.Text)))
            .Select(d => new CitedText(Citations.Of(found.Meeting, found.Item), d.Text));
        return answer with { Mentions = [.. answer.Mentions, .. alsoNear.Except(answer.Mentions), .. others] };
    }

    /// <summary>
    /// "Which doc was the draft conclusions text?" when no sentence holds every word: the sentences citing a document
    /// that name it by one of the nouns asked ("the second revised draft of the conclusions (ST 5120/2/34 REV 2)") and,
    /// read with their item's title, hold the rest of the topic.
    /// </summary>
    private static List<(Meeting Meeting, AgendaItem Item, Paragraph Paragraph, Statement Sentence)> NamedByANoun(
        List<(Meeting Meeting, AgendaItem Item, Paragraph Paragraph, Statement Sentence)> sentences, QuestionReading question, Concepts nouns)
    {
        var rest = Concepts.Of(question.TopicWords.Where(w => !DocumentNouns.Contains(w)));
        if (nouns.Count == 0 || rest.Count == 0) return [];
        return sentences.Where(s => nouns.FoundIn(Concepts.TermsOf(s.Sentence.Text)) > 0
            && rest.AllFoundIn(Concepts.TermsOf(s.Sentence.Text + " " + Titles(s.Item, s.Paragraph)))).ToList();
    }

    private static bool HoldsTopic(Statement sentence, Paragraph paragraph, string titles, Concepts concepts, Concepts nouns) =>
        concepts.AllFoundIn(Concepts.TermsOf(sentence.Text + " " + titles))
        || concepts.AllFoundIn(Concepts.TermsOf(sentence.Text + " " + NamingNext(paragraph, sentence, nouns) + " " + titles));

    /// <summary>
    /// Whether the item (or the sub-item of the paragraph) is about the topic, its title holding every word of it: such an
    /// item's document is the topic's, before one of another item whose sentence names the topic in passing ("the import
    /// scheme (doc. 3333/31), as well as its interaction with the fishing reform" against item "Reform of the fishing code").
    /// </summary>
    private static bool IsAbout(AgendaItem item, Paragraph paragraph, Concepts concepts) => concepts.AllFoundIn(Concepts.TermsOf(Titles(item, paragraph)));

    /// <summary>The item's title with that of the sub-item the paragraph stands under ("Evaluation reports — a) Evaluation of Latvia in the field of visas").</summary>
    private static string Titles(AgendaItem item, Paragraph paragraph) =>
        item.SubItems.FirstOrDefault(s => string.Equals(s.Label, paragraph.SubItem, StringComparison.OrdinalIgnoreCase)) is { } subItem
            ? $"{item.Title} {subItem.Title}"
            : item.Title;

    /// <summary>
    /// The sentence after one in its paragraph when it opens on the document the one before cited, named by the question's
    /// noun for it ("... the external study (doc. 4410/41). The report set out three options." for "the study report"), and
    /// cites none of its own; else nothing.
    /// </summary>
    private static string NamingNext(Paragraph paragraph, Statement sentence, Concepts nouns)
    {
        var next = paragraph.Sentences.SkipWhile(s => !ReferenceEquals(s, sentence)).Skip(1).FirstOrDefault();
        if (next is null || nouns.Count == 0 || DocumentReference.FindAll(next.Text).Any()) return "";
        var opening = Words.Split(next.Text);
        return opening.Count > 1 && Demonstratives.Contains(opening[0].Lower) && nouns.FoundIn(Concepts.TermsOf(opening[1].Original)) > 0
            ? next.Text
            : "";
    }

    /// <summary>
    /// "Doc number of the gas proposal?" when no sentence cites it: the first document (no legal act's number) of the
    /// newest sub-item or item title citing one that holds every word of the topic the minutes use, nouns naming a document apart ("proposal", "text") and an
    /// actor by any of its names ("pres compromise text": "Presidency compromise text (doc. 6761/21)"); a sub-item's
    /// title read with its item's.
    /// </summary>
    private static DocumentAnswer? ByTitle(QuestionReading question, MinutesLibrary library, DateOnly today)
    {
        var required = Concepts.Of(question.PassageWords.Where(w => !DocumentNouns.Contains(w) && library.Index.Knows(w)),
            question.NamedActors.Select(a => new Concept(EntityTerms.Actor(a.Key), a.Words)));
        if (required.Count == 0) return null;
        foreach (var meeting in library.NewestFirst(question.Bodies, today))
        {
            foreach (var item in meeting.Items)
            {
                var titles = item.SubItems.Select(s => (Own: s.Title, Read: s.Title + " " + item.Title)).Append((Own: item.Title, Read: item.Title));
                foreach (var (own, read) in titles)
                {
                    var references = DocumentReference.FindAll(own)
                        .Where(m => !IsOwnNumber(m.Value, meeting) && !DocumentReference.MayBeActNumber(m)).ToList();
                    if (references.Count == 0 || !required.AllFoundIn(TitleTerms(read))) continue;
                    return ByReference(references[0].Value, library, today);
                }
            }
        }
        return null;
    }

    private static HashSet<string> TitleTerms(string title)
    {
        var terms = Concepts.TermsOf(title);
        terms.UnionWith(EntityTerms.Of(title, [], ActorDirectory.Default));
        return terms;
    }

    /// <summary>The minutes' own number, printed in a page footer a sentence ran into: no document the sentence cites.</summary>
    public static bool IsOwnNumber(string reference, Meeting meeting) =>
        meeting.Header.DocumentNumber is { } own && DocumentReference.BaseKey(own) == DocumentReference.BaseKey(reference);

    /// <summary>
    /// The references of a sentence nearest the topic: each read with the words between the reference before it (or the
    /// sentence's start) and itself. One whose words hold every topic word the others' hold, and more, is the one asked
    /// for ("Annex A (doc. 5100/33) and Annex B (doc. 5200/33)": "Annex B" is the second); several holding the same
    /// words are all given; else the first, as the minutes cite it. An actor the question names is the sentence's
    /// speaker, standing before its first reference and no nearer any ("The Presidency introduced the proposal (doc.
    /// 5555/31) and its compromise suggestions (doc. 6666/31)": "pres compromise suggestions" is the second). References
    /// cited together after a list of names go with the names in order (<see cref="ListedReferences"/>), a country
    /// the question names being one of the names, not the speaker; none is given (empty) when the topic names one of a
    /// list that does not match them in number.
    /// </summary>
    private static List<string> Nearest(string sentence, Concepts concepts, IReadOnlySet<string> actorWords, Meeting meeting)
    {
        var nearing = concepts.All.Where(c => !actorWords.Contains(c.Word)).Select(c => c.Term).ToList();
        var scored = new List<(string Reference, HashSet<string> Found, string Before)>();
        var start = 0;
        foreach (var match in DocumentReference.FindAll(sentence))
        {
            var before = sentence[start..match.Index];
            var terms = Concepts.TermsOf(before);
            if (!IsOwnNumber(match.Value, meeting) && !ReferenceHolders.HoldsOther(sentence, match, concepts)) scored.Add((match.Value, [.. nearing.Where(terms.Contains)], before));
            start = match.Index + match.Length;
        }
        var widest = scored.MaxBy(s => s.Found.Count);
        if (widest.Found.Count == 0 || !scored.All(s => s.Found.IsSubsetOf(widest.Found))) return [scored[0].Reference];
        var nearest = scored.Where(s => s.Found.SetEquals(widest.Found)).Select(s => s.Reference).Distinct().ToList();
        if (nearest.Count > 1) return nearest;
        var from = scored.FindIndex(s => s.Reference == nearest[0]);
        var group = scored.Skip(from + 1).TakeWhile(s => CitedTogether().IsMatch(s.Before)).Select(s => s.Reference).Prepend(nearest[0]).ToList();
        return group.Count > 1 && ListedReferences.ByPosition(scored[from].Before, group, [.. concepts.All.Select(c => c.Term)]) is { } listed ? [.. listed] : nearest;
    }

    /// <summary>What stands between two references cited together: ", ", " and ", "), (doc. ".</summary>
    [GeneratedRegex(@"^[\s,;()&/]*(?:and\s+)?(?:(?:docs?|documents?)\.?\s*)?[\s(]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CitedTogether();
}
