using WorkingParty.Minutes.Recognition;
using WorkingParty.Minutes.Revisions;

namespace WorkingParty.Minutes.Extraction;

/// <summary>
/// Turns the dates of an analysed item into dated events and deadlines once the meeting date is known.
/// A date before the meeting is a past event whatever the wording; a date that a deadline is due by is a deadline,
/// not an event; a date the sentence says was replaced ("initially scheduled for", "postponed to") is no coming date
/// (kept as moved when it was our meeting's), and a date that stamps a document ("doc. 11999/19 (12.08.2019)") is
/// dropped. Our meeting moved to a date, or a date under a "Calendar" heading that names no other body, is a next
/// meeting. A date that breaks what minutes promise (a deadline or a next meeting before the meeting, a deadline given
/// only as "mid-August") keeps its sentence and a doubt.
/// </summary>
public sealed partial class EventExtractor(CueSet cues, DocumentReferenceRecognizer documents)
{
    /// <summary>
    /// What joins a date to the one before in the same enumeration: "and", "or possibly", "and the following one"; in a
    /// joint meeting, "and the Working Party on" (each of our bodies written "Working Party", the verb left out: "the
    /// Working Party on Reefs will meet on 9 April and the Working Party on Tides on 11 April").
    /// </summary>
    [GeneratedRegex(@"^[\s,;)(]*(?:and|or|as well as)?[\s,;)(]*(?:the\s+Working\s+Party\s+(?=on\s*$))?(?:(?:if\s+(?:needed|necessary|required)|possibly|perhaps|also|again)[\s,;)(]*)?(?:(?:the|a)\s+(?:following|next|subsequent|second|third|further|last)\s+one\s+)?(?:on\s*)?$")]
    private static partial Regex OnlyConnectors();

    /// <summary>
    /// "and, once the new Presidency starts, on", "and, in 2035, on": a second date of the same enumeration after an
    /// inserted clause (which may give the list its year).
    /// </summary>
    [GeneratedRegex(@"^[\s;)(]*(?:and|or)\s*,(?:[^,;.\u27E6]|\u27E6[0-9]+\u27E7){1,60},\s*(?:on|in|for)?\s*$")]
    private static partial Regex InsertedClause();
    [GeneratedRegex(@"\([^()\u27E6\u27E7]{0,80}\)")]
    private static partial Regex Aside();
    [GeneratedRegex(@"(?:\s+|^)(?:on|in|for|at|from|of|by|until|to|the|planned|scheduled|held|be|would|will|was|were|is)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingWords();
    [GeneratedRegex(@"^(?:\s*(?:and|or|of|that|,|-))+\s*", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingWords();
    [GeneratedRegex(@"^[0-9]{1,2}(?:st|nd|rd|th)?\s+and\s+[0-9]")]
    private static partial Regex DaysJoinedByAnd();
    private const int MaxDescriptionWords = 15;
    private const int FarAheadDays = 550;

    /// <summary>A next meeting the minutes give no year for, read as more than this after the meeting, may be a past date misread.</summary>
    private const int GuessedYearAheadDays = 130;
    private const string Moved = "moved";

    /// <summary>A deadline with no year read as more than this after the meeting, when the same day just before it is near, is in doubt.</summary>
    private const int GuessedYearAheadDeadlineDays = 180;
    private const int RecentPastDeadlineDays = 90;

    /// <returns>The events and deadlines of the item, and the dates of meetings it says were replaced (moved from).</returns>
    /// <param name="ownNumber">The minutes' own document number: printed in a page footer glued to a sentence, it is no document the sentence names.</param>
    public (IReadOnlyList<DatedEvent> Events, IReadOnlyList<Deadline> Deadlines, IReadOnlyList<DateOnly> Replaced) Extract(AnalysedItem item, DateOnly meeting, OwnBodyMentions ownBody, string? ownNumber = null)
    {
        var events = new List<DatedEvent>();
        var deadlines = new List<Deadline>();
        var replaced = new List<DateOnly>();
        var documentsSoFar = new List<string>(item.TitleSentence.Documents);
        var calendar = CalendarScope.Of(item, cues);
        var read = new List<ReadDeadline>();
        var ordinal = 0;
        foreach (var sentence in item.AllSentences)
        {
            if (!sentence.IsTitle)
            {
                documentsSoFar.AddRange(sentence.Documents);
            }

            AddDeadlines(item, sentence, ordinal++, meeting, documentsSoFar, ownNumber, read);
            if (sentence.Dates.Count > 0)
            {
                // Only a date makes an event: a sentence without one is neither generalised nor read for cues.
                AddEvents(item, ownBody.Generalise(sentence), meeting, calendar.Contains(sentence), events, replaced);
            }
        }

        deadlines.AddRange(DeadlineSupersession.Apply(read));
        return (events, deadlines, replaced);
    }

    private void AddDeadlines(AnalysedItem item, AnalysedSentence sentence, int ordinal, DateOnly meeting, List<string> documentsSoFar, string? ownNumber, List<ReadDeadline> deadlines)
    {
        if (sentence.Deadlines.Count == 0)
        {
            return;
        }

        var named = sentence.Documents.Where(d => !DocumentNumbers.SameDocument(d, ownNumber)).ToList();
        var earlier = documentsSoFar.Where(d => !DocumentNumbers.SameDocument(d, ownNumber)).Distinct().ToList();

        // The sentence names no document: the one it points back to ("the draft"), or the only one the item has named so far.
        IReadOnlyList<string> concerned = named.Count > 0 ? named
            : earlier.Count > 0 && (earlier.Count == 1 || documents.RefersBack(sentence.Text)) ? [earlier[^1]]
            : [];
        foreach (var deadline in sentence.Deadlines)
        {
            var owned = ClauseDocuments(sentence, deadline.DateIndex, named) ?? concerned;
            var mention = sentence.Dates[deadline.DateIndex];
            var sentenceYear = SentenceYears.For(sentence, deadline.DateIndex);
            var due = deadline.History ? HistoryDate(mention, meeting, sentenceYear) : MentionYears.Due(mention, meeting, sentenceYear);
            if (!deadline.History && !mention.HasYear && sentenceYear is null && due.Start > meeting.AddDays(GuessedYearAheadDeadlineDays)
                && MentionYears.Resolve(mention, meeting, Tense.Past) is { } before && before.Last < meeting && before.Last >= meeting.AddDays(-RecentPastDeadlineDays))
            {
                // "by 2 September" in minutes of 22 September: next year's 2 September is as unlikely as a request
                // for the past; read as the one just before the meeting, and in doubt.
                due = before with { Doubt = "no year is given; read as the day just before the meeting, since the next such day is more than half a year away" };
            }

            // "by the end of April" is due on 30 April, "by mid-March" around 15 March: the day, with the minutes' words.
            var dueDay = mention.DueOn(due.Last);
            var vague = dueDay is null ? null : new VagueDue(Written(sentence, deadline.DateIndex), mention.DueDayApproximate);
            var read = new Deadline(dueDay ?? due.Last, item.Number, sentence.Unmask(deadline.Subject),
                deadline.RequestedFrom, owned, sentence.Text)
            {
                Doubt = deadline.History && due.Doubt is null && mention.Precision == DatePrecision.Day ? null : DeadlineDoubt(due, dueDay, mention, meeting, sentence, sentenceYear),
                Vague = vague,
                FirstSet = deadline.FirstSetIndex is { } first ? Written(sentence, first) : null,
                FirstSetOn = deadline.FirstSetIndex is { } firstOn ? MentionYears.Nearest(sentence.Dates[firstOn], meeting, SentenceYears.For(sentence, firstOn)).Last : null,
            };
            deadlines.Add(new ReadDeadline(read, ordinal, Written(sentence, deadline.DateIndex), deadline.FirstSet));
        }
    }

    /// <summary>
    /// "may comment on the paper until {DATE}; replies to the questionnaire (doc. N) are expected by {DATE}": in a
    /// sentence of requests parted by semicolons, each request's documents are those its own clause names (none when it
    /// names none); null when the sentence has one clause or a document is not found in any clause as written.
    /// </summary>
    private static IReadOnlyList<string>? ClauseDocuments(AnalysedSentence sentence, int dateIndex, List<string> named)
    {
        if (named.Count == 0 || !sentence.Masked.Contains(';', StringComparison.Ordinal))
        {
            return null;
        }

        var token = sentence.TokenOf(dateIndex);
        var start = sentence.Masked.LastIndexOf(';', Math.Max(token.Start - 1, 0)) + 1;
        var end = sentence.Masked.IndexOf(';', token.End);
        var clause = sentence.Unmask(sentence.Masked[start..(end < 0 ? sentence.Masked.Length : end)]);
        var others = sentence.Unmask(sentence.Masked.Remove(start, (end < 0 ? sentence.Masked.Length : end) - start));
        var own = named.Where(d => clause.Contains(d, StringComparison.Ordinal)).ToList();
        return named.All(d => own.Contains(d) || others.Contains(d, StringComparison.Ordinal)) ? own : null;
    }

    /// <summary>
    /// A due date told as past history ("had been extended to 16 April") is the such day nearest the meeting; when no
    /// year is given and that day is over a quarter ahead, the one before the meeting: a change told as done does not
    /// set a day so far off without writing its year.
    /// </summary>
    private static ResolvedDate HistoryDate(DateMention mention, DateOnly meeting, int? sentenceYear)
    {
        var nearest = MentionYears.Nearest(mention, meeting, sentenceYear);
        if (mention.HasYear || sentenceYear is not null || nearest.Start <= meeting.AddDays(RecentPastDeadlineDays)) return nearest;
        var before = MentionYears.Resolve(mention, meeting, Tense.Past);
        return before.Last < meeting ? before : nearest;
    }

    private void AddEvents(AnalysedItem item, AnalysedSentence sentence, DateOnly meeting, bool underCalendar, List<DatedEvent> events, List<DateOnly> replaced)
    {
        var previousEnd = 0;
        EventKind? previousKind = null;
        var previousDescription = "";
        var listStart = cues.CalendarListStart(sentence.Masked);
        var wholeSentenceOurs = underCalendar && !cues.NamesOtherBody(sentence.Masked);
        var first = events.Count;
        for (var i = 0; i < sentence.Dates.Count; i++)
        {
            var token = sentence.TokenOf(i);
            var window = sentence.Masked[previousEnd..token.Start];
            var bare = Aside().Replace(window, "");
            var ours = wholeSentenceOurs
                || (listStart is { } start && token.Start >= start && !cues.NamesOtherBody(sentence.Masked[Math.Max(previousEnd, start)..token.Start]));
            var kind = previousKind is { } inherited && (OnlyConnectors().IsMatch(bare) || InsertedClause().IsMatch(bare))
                ? inherited
                : cues.KindAt(sentence.Masked, token, previousEnd, sentence.Speakers);
            var description = Describe(sentence, window);
            if (description.Length == 0)
            {
                description = previousDescription;
            }

            if (sentence.Deadlines.Any(d => d.FirstSetIndex == i))
            {
                // "the deadline, initially set at 3 October, was extended to ...": the first date is a note on the deadline.
                continue;
            }

            if (cues.IsSuperseded(sentence.Masked, token, previousEnd))
            {
                replaced.Add(MentionYears.Nearest(sentence.Dates[i], meeting, SentenceYears.For(sentence, i)).Start);
                if (cues.MovesOwnMeeting(sentence.Masked))
                {
                    // The date our meeting was moved from is kept, as moved, for "is the meeting of 12 June still on?".
                    events.Add(Event(item, sentence, i, meeting, EventKind.Event, description, Moved, underCalendar: false));
                }

                continue;
            }

            if (cues.IsDocumentDate(sentence.Masked, token) || SentenceYears.GivesListItsYear(sentence, i))
            {
                // "the next meeting, initially planned for 20 March, is postponed to ...": the cues before the
                // replaced date belong to the date that replaces it.
                continue;
            }

            if (sentence.Deadlines.All(d => d.DateIndex != i))
            {
                var next = i + 1 < sentence.Dates.Count ? sentence.TokenOf(i + 1).Start : sentence.Masked.Length;
                var found = Event(item, sentence, i, meeting, kind, description, cues.StatusAt(sentence.Masked, token, previousEnd, next), ours);
                events.AddRange(TwoDays(found, sentence, i));
            }

            previousEnd = token.End;
            previousKind = kind;
            previousDescription = description;
        }

        DropSpansNamingADay(events, first);
    }

    /// <summary>
    /// "The first meeting in 2031 is planned for 14 January 2031": a coming meeting's year or half-year that holds a day
    /// the same sentence gives it is a qualifier of that day, no meeting lasting the whole span. A month stays ("in
    /// December, on 1, 8 and 15 December": its first day may be a day the list does not write out whole).
    /// </summary>
    private static void DropSpansNamingADay(List<DatedEvent> events, int first)
    {
        var days = events.Skip(first).Where(e => e is { Kind: EventKind.NextMeeting, Precision: DatePrecision.Day }).ToList();
        for (var i = events.Count - 1; i >= first; i--)
        {
            if (events[i] is { Kind: EventKind.NextMeeting, EndDate: { } end, Precision: DatePrecision.Year or DatePrecision.HalfYear } span
                && days.Any(d => d.Date >= span.Date && d.Date <= end))
            {
                events.RemoveAt(i);
            }
        }
    }

    private DatedEvent Event(AnalysedItem item, AnalysedSentence sentence, int i, DateOnly meeting, EventKind kind, string description, string? status, bool underCalendar)
    {
        if (kind == EventKind.Event && status != Moved
            && (status == "postponed" && cues.MovesOwnMeeting(sentence.Masked)
                || underCalendar && status != "cancelled"))
        {
            kind = EventKind.NextMeeting;
        }

        var tense = kind == EventKind.NextMeeting ? Tense.Future : cues.TenseAt(sentence.Masked, sentence.TokenOf(i));
        var upcoming = kind == EventKind.NextMeeting || (kind == EventKind.Workshop && tense == Tense.Future);
        var told = status == Moved || (kind != EventKind.NextMeeting && cues.IsPastPerfectAt(sentence.Masked, sentence.TokenOf(i)));
        var date = told
            ? MentionYears.Nearest(sentence.Dates[i], meeting, SentenceYears.For(sentence, i))
            : MentionYears.Resolve(sentence.Dates[i], meeting, tense, SentenceYears.For(sentence, i));
        var past = date.Last < meeting;
        var doubt = date.Doubt
            ?? (upcoming && past ? "said to come, but dated before the meeting" : null)
            ?? (upcoming && date.Start > meeting.AddDays(FarAheadDays) ? "dated more than a year and a half after the meeting" : null)
            ?? (kind == EventKind.NextMeeting && !sentence.Dates[i].HasYear && SentenceYears.For(sentence, i) is null
                && date.Start > meeting.AddDays(GuessedYearAheadDays)
                ? "no year is given; read as the next such day, more than four months after the meeting"
                : null)
            ?? (cues.LeavesUndecided(sentence.Masked, sentence.TokenOf(i)) ? "the minutes say the meeting dates are still to be set" : null);
        // "originally planned for 9 May, postponed to 23 May" in the minutes of 23 May: the move brought this meeting, no coming one.
        var movedHere = status == "postponed" && date.Start == meeting;
        var eventKind = past ? EventKind.PastEvent : (status == "cancelled" || movedHere) && kind == EventKind.NextMeeting ? EventKind.Event : kind;
        if (eventKind == EventKind.NextMeeting && sentence.Dates[i].Precision is DatePrecision.HalfYear or DatePrecision.Year or DatePrecision.PartOfMonth)
        {
            // "in the second half of 2031" is no pair of days: the minutes' words go with the span.
            description = $"{description} ({Written(sentence, i)})";
        }

        return new DatedEvent(date.Start, date.End, sentence.Dates[i].Precision, eventKind, description, item.Number, sentence.Text)
        {
            Doubt = doubt,
            Status = status,
        };
    }

    /// <summary>"14 and 28 January" in a list of our meetings is two meeting days, not a fortnight-long meeting.</summary>
    private static IEnumerable<DatedEvent> TwoDays(DatedEvent found, AnalysedSentence sentence, int i)
    {
        var mention = sentence.Dates[i];
        var written = sentence.Text.Substring(mention.Index, mention.Length);
        if (found.Kind == EventKind.NextMeeting && found.EndDate is { } end && end.DayNumber - found.Date.DayNumber > 1
            && DaysJoinedByAnd().IsMatch(written))
        {
            return [found with { EndDate = null }, found with { Date = end, EndDate = null }];
        }

        return [found];
    }

    private static string Written(AnalysedSentence sentence, int dateIndex)
    {
        var mention = sentence.Dates[dateIndex];
        return sentence.Text.Substring(mention.Index, mention.Length);
    }

    /// <summary>A far-off due date is in doubt only when its year is guessed: "by 30.06.2039" is as written.</summary>
    /// <param name="dueDay">The day a span names for a deadline ("end of April"), which is then no doubt; else null.</param>
    private static string? DeadlineDoubt(ResolvedDate due, DateOnly? dueDay, DateMention mention, DateOnly meeting, AnalysedSentence sentence, int? sentenceYear) =>
        due.Doubt
        ?? ((dueDay ?? due.Last) < meeting ? "due before the meeting that set it" : null)
        ?? (due.Last > meeting.AddDays(FarAheadDays) && !mention.HasYear && sentenceYear is null ? "due more than a year and a half after the meeting" : null)
        ?? (mention.Precision != DatePrecision.Day && dueDay is null
            ? $"the minutes give \"{sentence.Text.Substring(mention.Index, mention.Length)}\", not a day"
            : null);

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
            clause = LeadingWords().Replace(TrailingWords().Replace(clause, ""), "").Trim(' ', ',', '(', ')');
        }
        while (clause != trimmed);

        var words = clause.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return sentence.Unmask(string.Join(' ', words.Skip(Math.Max(0, words.Length - MaxDescriptionWords))));
    }
}
