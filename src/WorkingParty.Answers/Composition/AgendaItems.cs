namespace WorkingParty.Answers.Composition;

/// <summary>One agenda item in full, found by its number or by words of its title.</summary>
internal static class AgendaItems
{
    public static AgendaItemAnswer? ByNumber(QuestionReading question, MinutesLibrary library, DateOnly today)
    {
        var meeting = library.Select(question.Meeting, question.Bodies, today);
        var item = meeting?.Items.FirstOrDefault(i => i.Number == question.ItemNumber);
        if (meeting is null || item is null) return null;
        return question.SubItem is { } label && Part(meeting, item, label) is { } part ? part : Full(meeting, item);
    }

    /// <summary>One sub-item of an item ("3b"): what is recorded under it, cited with its title; null when the item has no such part.</summary>
    private static AgendaItemAnswer? Part(Meeting meeting, AgendaItem item, string label)
    {
        if (Sections.SubItemTitle(item, label) is not { } title) return null;
        var said = item.Paragraphs.Where(p => string.Equals(p.SubItem, label, StringComparison.OrdinalIgnoreCase))
            .SelectMany(p => p.Sentences).Select(s => new SaidBy(s.Text, s.Actors)).ToList();
        return new(Citations.Of(meeting, item, title), said, item.Documents, item.FollowUps);
    }

    /// <summary>
    /// The item whose title holds every concept of the question's topic ("CGN", "the cyber toolbox"), in the newest
    /// meeting that has one; null when that meeting has several such items (the question is then searched).
    /// </summary>
    public static AgendaItemAnswer? ByTitle(QuestionReading question, MinutesLibrary library, DateOnly today)
    {
        var concepts = Concepts.Of(question.TopicWords);
        if (concepts.Count == 0) return null;
        TitledItem? found = null;
        var count = 0;
        foreach (var candidate in library.Titles.Holding(concepts.Terms[0]))
        {
            if (found is not null && !ReferenceEquals(candidate.Meeting, found.Meeting)) break;
            if (!MinutesLibrary.IsHeld(candidate.Meeting, question.Bodies, today) || !(question.Meeting?.Accepts(candidate.Meeting) ?? true)) continue;
            if (!concepts.AllFoundIn(candidate.Terms)) continue;
            found ??= candidate;
            count++;
        }
        return found is not null && count == 1 ? Full(found.Meeting, found.Item) : null;
    }

    /// <summary>The item in full; each sub-item's title comes before what is recorded under it, its footnotes after.</summary>
    public static AgendaItemAnswer Full(Meeting meeting, AgendaItem item)
    {
        var said = new List<SaidBy>();
        string? sub = null;
        foreach (var paragraph in item.Paragraphs)
        {
            if (paragraph.SubItem != sub && (sub = paragraph.SubItem) is not null && Sections.SubItemTitle(item, sub) is { } title)
                said.Add(new SaidBy(title, []));
            said.AddRange(paragraph.Sentences.Select(s => new SaidBy(s.Text, s.Actors)));
        }
        said.AddRange(FootnotePassages.Annotating(meeting, item).Select(f => new SaidBy($"Footnote {f.Marker}: {f.Text.Trim()}", [])));
        return new(Citations.Of(meeting, item), said, item.Documents, item.FollowUps);
    }
}
