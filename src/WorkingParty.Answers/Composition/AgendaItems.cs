using WorkingParty.Answers.Library;
using WorkingParty.Answers.Model;
using WorkingParty.Answers.Retrieval;
using WorkingParty.Answers.Understanding;
using WorkingParty.Minutes.Model;

namespace WorkingParty.Answers.Composition;

/// <summary>One agenda item in full, found by its number or by words of its title.</summary>
internal static class AgendaItems
{
    public static AgendaItemAnswer? ByNumber(QuestionReading question, MinutesLibrary library, DateOnly today)
    {
        var meeting = library.Select(question.Meeting, question.Bodies, today);
        var item = meeting?.Items.FirstOrDefault(i => i.Number == question.ItemNumber);
        return meeting is null || item is null ? null : Full(meeting, item);
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

    public static AgendaItemAnswer Full(Meeting meeting, AgendaItem item) =>
        new(Citations.Of(meeting, item),
            item.Paragraphs.SelectMany(p => p.Sentences).Select(s => new SaidBy(s.Text, s.Actors)).ToList(),
            item.Documents,
            item.FollowUps);
}
