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

    /// <summary>The newest item whose title holds every concept of the question's topic ("CGN", "the cyber toolbox").</summary>
    public static AgendaItemAnswer? ByTitle(QuestionReading question, MinutesLibrary library, DateOnly today)
    {
        var concepts = Concepts.Of(question.TopicWords);
        if (concepts.Count == 0) return null;
        var found = library.NewestFirst(question.Bodies, today)
            .Where(m => question.Meeting?.Accepts(m.Date) ?? true)
            .SelectMany(m => m.Items.Select(i => (Meeting: m, Item: i)))
            .FirstOrDefault(x => concepts.AllFoundIn(library.TitleTerms(x.Meeting, x.Item)));
        return found.Item is null ? null : Full(found.Meeting, found.Item);
    }

    public static AgendaItemAnswer Full(Meeting meeting, AgendaItem item) =>
        new(Citations.Of(meeting, item),
            item.Paragraphs.SelectMany(p => p.Sentences).Select(s => new SaidBy(s.Text, s.Actors)).ToList(),
            item.Documents,
            item.FollowUps);
}
