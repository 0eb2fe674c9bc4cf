using System.Text.RegularExpressions;
using WorkingParty.Minutes.Model;
using WorkingParty.Minutes.Recognition;

namespace WorkingParty.Minutes.Extraction;

/// <summary>
/// Turns the dates of an analysed item into dated events and deadlines once the meeting date is known.
/// A date before the meeting is a past event whatever the wording; a date that a deadline is due by is a deadline,
/// not an event; a date the sentence says was replaced ("initially scheduled for") is dropped.
/// </summary>
public sealed class EventExtractor(CueSet cues, DocumentReferenceRecognizer documents)
{
    private static readonly Regex OnlyConnectors = new(@"^[\s,;)(]*(?:and|or|as well as)?[\s,;)(]*$", RegexOptions.Compiled);
    private static readonly Regex TrailingWords = new(@"(?:\s+|^)(?:on|in|for|at|from|of|by|until|to|the|planned|scheduled|held|be|would|will|was|were|is)\s*$", RegexOptions.Compiled | RegexOptions.IgnoreCase);
    private static readonly Regex LeadingWords = new(@"^(?:\s*(?:and|or|of|that|,|-))+\s*", RegexOptions.Compiled | RegexOptions.IgnoreCase);
    private const int MaxDescriptionWords = 15;

    public (IReadOnlyList<DatedEvent> Events, IReadOnlyList<Deadline> Deadlines) Extract(AnalysedItem item, DateOnly meeting)
    {
        var events = new List<DatedEvent>();
        var deadlines = new List<Deadline>();
        var documentsSoFar = new List<string>(item.TitleSentence.Documents);
        foreach (var sentence in item.AllSentences)
        {
            if (!sentence.IsTitle)
            {
                documentsSoFar.AddRange(sentence.Documents);
            }

            AddDeadlines(item, sentence, meeting, documentsSoFar, deadlines);
            AddEvents(item, sentence, meeting, events);
        }

        return (events, deadlines);
    }

    private void AddDeadlines(AnalysedItem item, AnalysedSentence sentence, DateOnly meeting, List<string> documentsSoFar, List<Deadline> deadlines)
    {
        foreach (var deadline in sentence.Deadlines)
        {
            var dates = MentionYears.Resolve(sentence.Dates[deadline.DateIndex], meeting, Tense.Future);
            var concerned = sentence.Documents.Count > 0 ? sentence.Documents
                : documents.RefersBack(sentence.Text) && documentsSoFar.Count > 0 ? [documentsSoFar[^1]]
                : [];
            deadlines.Add(new Deadline(dates.End ?? dates.Start, item.Number, sentence.Unmask(deadline.Subject),
                deadline.RequestedFrom, concerned, sentence.Text));
        }
    }

    private void AddEvents(AnalysedItem item, AnalysedSentence sentence, DateOnly meeting, List<DatedEvent> events)
    {
        var previousEnd = 0;
        EventKind? previousKind = null;
        var previousDescription = "";
        for (var i = 0; i < sentence.Dates.Count; i++)
        {
            var token = sentence.TokenOf(i);
            var window = sentence.Masked[previousEnd..token.Start];
            var kind = previousKind is { } inherited && OnlyConnectors.IsMatch(window)
                ? inherited
                : cues.KindAt(sentence.Masked, token, previousEnd, sentence.Speakers);
            var description = Describe(sentence, window);
            if (description.Length == 0)
            {
                description = previousDescription;
            }

            if (cues.IsSuperseded(sentence.Masked, token, previousEnd))
            {
                // "the next meeting, initially planned for 20 March, is postponed to ...": the cues before the
                // replaced date belong to the date that replaces it.
                continue;
            }

            if (sentence.Deadlines.All(d => d.DateIndex != i))
            {
                var tense = cues.TenseAt(sentence.Masked, token);
                var (start, end) = MentionYears.Resolve(sentence.Dates[i], meeting, tense);
                var eventKind = (end ?? start) < meeting ? EventKind.PastEvent : kind;
                events.Add(new DatedEvent(start, end, sentence.Dates[i].Precision, eventKind, description, item.Number, sentence.Text));
            }

            previousEnd = token.End;
            previousKind = kind;
            previousDescription = description;
        }
    }

    /// <summary>The words before the date back to the previous date or bracket: "the next meetings", "an interactive workshop".</summary>
    private static string Describe(AnalysedSentence sentence, string window)
    {
        var clause = window.TrimEnd(' ', '(');
        var bracket = clause.LastIndexOfAny(['(', ')', ';']);
        if (bracket >= 0 && bracket < clause.Length - 1)
        {
            clause = clause[(bracket + 1)..];
        }

        string trimmed;
        do
        {
            trimmed = clause;
            clause = LeadingWords.Replace(TrailingWords.Replace(clause, ""), "").Trim(' ', ',', '(', ')');
        }
        while (clause != trimmed);

        var words = clause.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return sentence.Unmask(string.Join(' ', words.Skip(Math.Max(0, words.Length - MaxDescriptionWords))));
    }
}
