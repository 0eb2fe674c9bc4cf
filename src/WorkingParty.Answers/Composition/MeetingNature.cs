namespace WorkingParty.Answers.Composition;

/// <summary>
/// How a meeting held was held and why it was called: "was it a physical meeting?" is answered by the sentences of the
/// recorded meeting that tell its format ("took place by videoconference"), "why an additional meeting?" by those of the
/// additional meeting that speak of it, "who was absent?" by those that say who was not represented. Quoted sentences, not a fact the bot asserts; null when the minutes tell nothing.
/// </summary>
internal static class MeetingNature
{
    private static readonly HashSet<string> FormatWords = [.. Vocabulary.Default.FormatSentenceWords];
    private static readonly HashSet<string> AdditionalWords = [.. Vocabulary.Default.AdditionalWords];
    private static readonly IReadOnlyList<string> AbsencePhrases = Vocabulary.Default.AbsencePhrases;
    private static readonly HashSet<string> OriginalWords = [.. Vocabulary.Default.OriginalWords];
    private static readonly HashSet<string> PlanWords = [.. Vocabulary.Default.OriginalPlanWords];
    private static readonly HashSet<string> DecisionNouns = [.. Vocabulary.Default.DecisionNouns];
    private static readonly HashSet<string> DecisionWords = [.. Vocabulary.Default.DecisionSentenceWords, .. DecisionNouns];

    /// <summary>Whether a sentence tells how a meeting was held ("DK followed the meeting by videoconference").</summary>
    public static bool TellsFormat(string text) => Says(text, FormatWords);

    /// <summary>The sentences of the meeting named (else the latest held) that tell how it was held.</summary>
    public static PassagesAnswer? Format(QuestionReading question, MinutesLibrary library, DateOnly today) =>
        library.Select(question.Meeting, question.Bodies, today) is { } meeting ? Quoted(question, meeting, FormatWords) : null;

    /// <summary>
    /// The sentences of the additional meeting asked about that speak of it being additional: the meeting named, else the
    /// latest whose record is headed as additional, else the latest held.
    /// </summary>
    public static PassagesAnswer? WhyAdditional(QuestionReading question, MinutesLibrary library, DateOnly today)
    {
        var held = library.NewestFirst(question.Bodies, today).Where(m => question.Meeting?.Accepts(m) ?? true).ToList();
        var meeting = held.FirstOrDefault(m => Says(m.Header.Kind, AdditionalWords) || Says(m.Title, AdditionalWords)) ?? held.FirstOrDefault();
        return meeting is null ? null : Quoted(question, meeting, AdditionalWords);
    }

    /// <summary>
    /// "Was anything decided at the last meeting?": the sentences of the meeting named (else the latest held) that record
    /// a decision or a conclusion, or say none was taken ("No decisions could be taken.").
    /// </summary>
    /// <remarks>
    /// A meeting named by its format ("at the VTC?") whose sentences never speak of a decision is answered by those that
    /// tell how it was held (an informal videoconference takes none).
    /// </remarks>
    public static PassagesAnswer? Decided(QuestionReading question, MinutesLibrary library, DateOnly today)
    {
        if (library.Select(question.Meeting, question.Bodies, today) is not { } meeting || Quoted(question, meeting, DecisionWords) is not { } decided)
            return null;
        return question.AsksFormat && !decided.Passages.Any(p => Says(p.Text, DecisionNouns)) ? null : decided;
    }

    /// <summary>The sentences of the meeting named (else the latest held) that tell who was absent ("were not represented").</summary>
    public static PassagesAnswer? Absent(QuestionReading question, MinutesLibrary library, DateOnly today)
    {
        var meeting = library.Select(question.Meeting, question.Bodies, today);
        return meeting is null ? null : Quoted(question, meeting, text => AbsencePhrases.Any(p => text.Contains(p, StringComparison.OrdinalIgnoreCase)), _ => []);
    }

    /// <summary>
    /// The sentences of the meeting named (else the latest held) that say what it was first planned for ("The meeting,
    /// first foreseen for 22 April, took place ..."): a word of origin and a planning word.
    /// </summary>
    public static PassagesAnswer? FirstPlanned(QuestionReading question, MinutesLibrary library, DateOnly today)
    {
        var meeting = library.Select(question.Meeting, question.Bodies, today);
        return meeting is null ? null : Quoted(question, meeting, text => Says(text, OriginalWords) && Says(text, PlanWords),
            text => Words.Split(text).Where(w => OriginalWords.Contains(w.Lower) || PlanWords.Contains(w.Lower)).Select(w => w.Original).ToList());
    }

    private static PassagesAnswer? Quoted(QuestionReading question, Meeting meeting, HashSet<string> words) =>
        Quoted(question, meeting, text => Says(text, words), text => Words.Split(text).Where(w => words.Contains(w.Lower)).Select(w => w.Original).ToList());

    /// <summary>
    /// The sentences of the meeting <paramref name="says"/> keeps, each with its item and the words that matched: those
    /// written before item 1, the items' and the footnotes', in that order.
    /// </summary>
    private static PassagesAnswer? Quoted(QuestionReading question, Meeting meeting, Func<string, bool> says, Func<string, IReadOnlyList<string>> matched)
    {
        var items = meeting.Items.SelectMany(item => item.Paragraphs.SelectMany(p => p.Sentences).Select(s => (Sentence: s, Citation: Citations.Of(meeting, item))));
        var opening = OpeningPassages.Of(meeting).Select(p => (p.Sentence, Citation: Citations.Of(meeting, p.Item, p.Section)));
        var footnotes = FootnotePassages.Of(meeting).Select(p => (p.Sentence, Citation: Citations.Of(meeting, p.Item, p.Section)));
        var quoted = opening.Concat(items).Concat(footnotes)
            .Where(s => says(s.Sentence.Text))
            .Select(s => new QuotedPassage(s.Sentence.Text, s.Citation, matched(s.Sentence.Text)))
            .ToList();
        return quoted.Count == 0 ? null : new PassagesAnswer(question.Question, quoted);
    }

    private static bool Says(string? text, HashSet<string> words) => text is not null && Words.Split(text).Any(w => words.Contains(w.Lower));
}
