using WorkingParty.Answers.Library;
using WorkingParty.Answers.Model;
using WorkingParty.Answers.Retrieval;
using WorkingParty.Answers.Understanding;
using WorkingParty.Minutes.Model;

namespace WorkingParty.Answers.Composition;

/// <summary>A Council document: where the minutes refer to it, found by its reference or by what it is about.</summary>
internal static class Documents
{
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
    /// "Which document is the toolbox paper?": the reference in the newest sentence about the topic that cites one, with
    /// the other documents of its item (of its sub-item, when the sentence stands under one), each where it is cited.
    /// </summary>
    public static DocumentAnswer? ByTopic(QuestionReading question, MinutesLibrary library, DateOnly today)
    {
        var concepts = Concepts.Of(question.TopicWords);
        if (concepts.Count == 0) return null;
        var found = library.NewestFirst(question.Bodies, today)
            .SelectMany(m => m.Items.Where(i => i.Documents.Count > 0).SelectMany(i => i.Paragraphs
                .SelectMany(p => p.Sentences.Select(s => (Meeting: m, Item: i, Paragraph: p, Sentence: s)))))
            .Where(s => concepts.AllFoundIn(Concepts.TermsOf(s.Sentence.Text + " " + s.Item.Title)))
            .Select(s => (s.Meeting, s.Item, s.Paragraph, Reference: DocumentReference.FindAll(s.Sentence.Text).Select(m => m.Value).FirstOrDefault()))
            .FirstOrDefault(s => s.Reference is not null);
        if (found.Reference is null || ByReference(found.Reference, library, today) is not { } answer) return null;
        var others = ItemDocuments.Of(found.Item, found.Paragraph.SubItem)
            .Where(d => DocumentReference.BaseKey(d.Reference) != DocumentReference.BaseKey(found.Reference))
            .Select(d => new CitedText(Citations.Of(found.Meeting, found.Item), d.Text));
        return answer with { Mentions = [.. answer.Mentions, .. others] };
    }
}
