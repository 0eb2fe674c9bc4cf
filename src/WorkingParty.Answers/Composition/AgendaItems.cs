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
        var found = library.NewestFirst(question.Bodies, today)
            .Where(m => question.Meeting?.Accepts(m.Date) ?? true)
            .Select(m => (Meeting: m, Items: m.Items.Where(i => concepts.AllFoundIn(library.TitleTerms(m, i))).ToList()))
            .FirstOrDefault(m => m.Items.Count > 0);
        return found.Items is [var only] ? Full(found.Meeting, only) : null;
    }

    public static AgendaItemAnswer Full(Meeting meeting, AgendaItem item) =>
        new(Citations.Of(meeting, item),
            item.Paragraphs.SelectMany(p => p.Sentences).Select(s => new SaidBy(s.Text, s.Actors)).ToList(),
            item.Documents,
            item.FollowUps);
}
