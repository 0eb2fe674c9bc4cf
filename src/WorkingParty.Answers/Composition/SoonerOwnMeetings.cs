namespace WorkingParty.Answers.Composition;

/// <summary>
/// A record that announces its next meetings and also dates, in another sentence, a meeting of its own that comes before
/// them ("a final meeting on the conclusions would be held on 21 May if needed", "the December meeting would be brought
/// forward to 9 December") does not say for certain which comes next: the announced dates after that meeting are shown
/// with their sentence, and so is the sooner meeting, never one of them alone as the next. Only a meeting dated under the
/// item that announces the next one is taken for the body's own (another item's "upcoming meeting on 24 April" is
/// most often the meeting that item is about); nor is one another body holds ("the Coreper meeting on 20 May").
/// </summary>
internal static class SoonerOwnMeetings
{
    /// <summary>How far from a meeting word a word naming another body makes it that body's meeting ("the JHA Council meeting").</summary>
    private const int OtherBodyReach = 2;

    /// <summary>The day and month that end a date's clause ("13 November").</summary>
    private const int DateWords = 2;

    private const string Sooner = "the minutes date a meeting before the next one they announce: which comes next is not certain";

    private const string Later = "the same minutes date a meeting before this one: it may not be the next";

    private static readonly HashSet<string> MeetingWords = [.. Vocabulary.Default.MeetingWords];
    private static readonly HashSet<string> OtherBodyWords = [.. Vocabulary.Default.OtherBodyWords];

    /// <summary>
    /// The record's coming dates with those after a sooner meeting of its own put in doubt, and that sooner meeting added,
    /// in doubt, with its sentence. The dates as they are when the record dates no such meeting.
    /// </summary>
    public static IEnumerable<UpcomingDate> Checked(Meeting source, IReadOnlyList<UpcomingDate> announced, DateOnly today)
    {
        var plain = announced.Where(d => d.Doubt is null && d.Kind == NextMeetings.MeetingKind).ToList();
        if (plain.Count == 0) return announced;
        var first = plain.MinBy(d => d.Date)!;
        var sooner = source.Events
            .Where(e => e is { Kind: EventKind.Event, Status: null, Precision: DatePrecision.Day } && e.Date > today && e.Date < first.Date
                && e.Item == first.Source.Item
                && SaysOwnMeeting(OwnWords(e)))
            .DistinctBy(e => e.Date)
            .ToList();
        if (sooner.Count == 0) return announced;
        var earliest = sooner.Min(e => e.Date);
        return announced
            .Select(d => d.Doubt is null && d.Date > earliest ? d with { Doubt = new Doubt(Later, d.Sentence ?? d.Description) } : d)
            .Concat(sooner.Select(e => new UpcomingDate(e.Date, e.EndDate, NextMeetings.MeetingKind, e.Description, Citations.Of(source, e.Item))
            {
                Doubt = new Doubt(Sooner, e.Sentence),
                Sentence = e.Sentence,
            }));
    }

    /// <summary>
    /// The words that lead up to the event's date since the date before it, in any form ("... would take place on
    /// 19-20/11/2002 and that the state of play would be presented to CATS on 13 November": from "and" on).
    /// </summary>
    private static List<Word> OwnWords(DatedEvent e)
    {
        var clause = (IReadOnlyList<Word>?)DateClauses.Of(e.Sentence, e.Date) ?? Words.Split(e.Sentence);
        var lead = clause.Take(Math.Max(0, clause.Count - DateWords)).ToList();
        var lastDate = lead.FindLastIndex(w => w.Lower.Any(char.IsAsciiDigit));
        return lead.Skip(lastDate + 1).ToList();
    }

    /// <summary>
    /// Whether the date's clause ("... recalled that the WP would meet again on 18 February", not the rest of its sentence)
    /// speaks of a meeting with no other body named beside the meeting word.
    /// </summary>
    private static bool SaysOwnMeeting(IEnumerable<Word> clause)
    {
        var words = clause.Select(w => w.Lower).ToList();
        return Enumerable.Range(0, words.Count).Any(i => MeetingWords.Contains(words[i])
            && !words.Skip(Math.Max(0, i - OtherBodyReach)).Take((2 * OtherBodyReach) + 1).Any(OtherBodyWords.Contains));
    }
}
