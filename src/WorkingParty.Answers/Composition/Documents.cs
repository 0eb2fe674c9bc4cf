using WorkingParty.Answers.Library;
using WorkingParty.Answers.Model;
using WorkingParty.Answers.Retrieval;
using WorkingParty.Answers.Understanding;

namespace WorkingParty.Answers.Composition;

/// <summary>A Council document: where the minutes refer to it, found by its reference or by what it is about.</summary>
internal static class Documents
{
    /// <summary>Where the document is referred to, as written; else any copy or revision of it ("CM 1551/17" for "CM 1551/1/17 REV 1").</summary>
    public static DocumentAnswer? ByReference(string reference, MinutesLibrary library, DateOnly today) =>
        Find(reference, DocumentReference.Key, library, today) ?? Find(reference, DocumentReference.BaseKey, library, today);

    private static DocumentAnswer? Find(string reference, Func<string, string> keyOf, MinutesLibrary library, DateOnly today)
    {
        var key = keyOf(reference);
        var mentions = new List<CitedText>();
        string? display = null;
        foreach (var meeting in library.NewestFirst(null, today))
        {
            foreach (var item in meeting.Items)
            {
                var listed = item.Documents.FirstOrDefault(d => keyOf(d) == key);
                display ??= listed;
                var sentences = item.Paragraphs.SelectMany(p => p.Sentences)
                    .Where(s => DocumentReference.FindAll(s.Text).Any(m => keyOf(m.Value) == key))
                    .Select(s => new CitedText(Citations.Of(meeting, item), s.Text))
                    .ToList();
                if (sentences.Count == 0 && listed is not null) sentences.Add(new CitedText(Citations.Of(meeting, item), item.Title));
                mentions.AddRange(sentences);
            }
        }
        return mentions.Count == 0 ? null : new DocumentAnswer(display ?? reference, mentions);
    }

    /// <summary>"Which document is the toolbox paper?": the reference in the newest sentence about the topic that cites one.</summary>
    public static DocumentAnswer? ByTopic(QuestionReading question, MinutesLibrary library, DateOnly today)
    {
        var concepts = Concepts.Of(question.TopicWords);
        if (concepts.Count == 0) return null;
        var reference = library.NewestFirst(question.Bodies, today)
            .SelectMany(m => m.Items.Where(i => i.Documents.Count > 0).SelectMany(i => i.Paragraphs.SelectMany(p => p.Sentences)
                .Where(s => concepts.AllFoundIn(Concepts.TermsOf(s.Text + " " + i.Title)))))
            .SelectMany(s => DocumentReference.FindAll(s.Text))
            .Select(m => m.Value)
            .FirstOrDefault();
        return reference is null ? null : ByReference(reference, library, today);
    }
}
