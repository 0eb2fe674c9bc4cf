namespace WorkingParty.Minutes.Recognition;

/// <summary>
/// The cue phrases of the definitions, read around a date token in masked text: the nearest cue before the date
/// decides (or, when there is none before it, the nearest after it).
/// </summary>
public sealed class CueSet
{
    private readonly Regex _past;
    private readonly Regex _future;
    private readonly Regex _nextMeeting;
    private readonly Regex _atMeeting;
    private readonly Regex _clauseBoundary;
    private readonly Regex _workshop;
    private readonly Regex _superseded;
    private readonly Regex _followUp;
    private readonly Regex _cancelled;
    private readonly Regex _additional;
    private readonly Regex _supersededAfter;
    private readonly Regex _documentDate;
    private readonly Regex _postponed;
    private readonly Regex _postponedAfter;
    private readonly Regex _ownMeetingMoved;
    private readonly Regex _calendarHeading;
    private readonly Regex _calendarTitle;
    private readonly Regex _otherBody;
    private readonly Regex? _calendarList;
    private readonly Regex? _presidencyDelegation;
    private readonly Regex? _undecided;
    private readonly Regex? _pastPerfectAfter;
    private readonly HashSet<string> _nextMeetingSpeakers;
    private readonly Regex? _ownNamedNextMeeting;

    public CueSet(MinutesDefinitions definitions, PatternTemplate template)
    {
        var cues = definitions.Cues;
        _past = template.Compile(cues.Past, RegexOptions.IgnoreCase);
        _future = template.Compile(cues.Future, RegexOptions.IgnoreCase);
        _nextMeeting = template.Compile(cues.NextMeeting, RegexOptions.IgnoreCase);
        _atMeeting = template.Compile(cues.AtMeeting, RegexOptions.IgnoreCase);
        _clauseBoundary = template.Compile(cues.ClauseBoundary, RegexOptions.IgnoreCase);
        _workshop = template.Compile(cues.Workshop, RegexOptions.IgnoreCase);
        _superseded = template.Compile(cues.Superseded, RegexOptions.IgnoreCase);
        _followUp = template.Compile(cues.FollowUp, RegexOptions.IgnoreCase);
        _cancelled = template.Compile(cues.Cancelled, RegexOptions.IgnoreCase);
        _additional = template.Compile(cues.Additional, RegexOptions.IgnoreCase);
        _supersededAfter = template.Compile(cues.SupersededAfter, RegexOptions.IgnoreCase);
        _documentDate = template.Compile(cues.DocumentDate, RegexOptions.IgnoreCase);
        _postponed = template.Compile(cues.Postponed, RegexOptions.IgnoreCase);
        _postponedAfter = template.Compile(cues.PostponedAfter, RegexOptions.IgnoreCase);
        _ownMeetingMoved = template.Compile(cues.OwnMeetingMoved, RegexOptions.IgnoreCase);
        _calendarHeading = template.Compile(cues.CalendarHeading, RegexOptions.IgnoreCase);
        _calendarTitle = template.Compile(cues.CalendarTitle, RegexOptions.IgnoreCase);
        _otherBody = template.Compile(cues.OtherBody);
        _calendarList = cues.CalendarList is { Length: > 0 } list ? template.Compile(list, RegexOptions.IgnoreCase) : null;
        _presidencyDelegation = cues.PresidencyDelegation is { Length: > 0 } presidency ? template.Compile(presidency, RegexOptions.IgnoreCase) : null;
        _undecided = cues.Undecided is { Length: > 0 } undecided ? template.Compile(undecided, RegexOptions.IgnoreCase) : null;
        _pastPerfectAfter = cues.PastPerfectAfter is { Length: > 0 } told ? template.Compile(told, RegexOptions.IgnoreCase) : null;
        _nextMeetingSpeakers = new HashSet<string>(cues.NextMeetingSpeakers, StringComparer.Ordinal);
        _ownNamedNextMeeting = cues.OwnNamedNextMeeting is { Length: > 0 } own ? template.Compile(own) : null;
    }

    public Tense TenseAt(string masked, DateToken token) =>
        Nearest(masked, token, 0, (_past, Tense.Past), (_future, Tense.Future)) ?? Tense.Unknown;

    /// <summary>
    /// What kind of upcoming event the date is. "The next meeting" is this working party's only when the Presidency
    /// (or nobody in particular) says so, or the sentence names it as ours ("the next COLAT meeting", masked "the next
    /// Working Party meeting"); ENISA's "next meeting" is the next meeting of something else. Whoever says they will
    /// present something "at the meeting of {DATE}" names one of ours.
    /// Cues before the previous date in the sentence belong to that date, so they are not read.
    /// </summary>
    public EventKind KindAt(string masked, DateToken token, int previousTokenEnd, IReadOnlyList<string> speakers)
    {
        var cue = Nearest(masked, token, previousTokenEnd, (_nextMeeting, Cue.NextMeeting), (_workshop, Cue.Workshop), (_atMeeting, Cue.AtMeeting));
        return cue switch
        {
            Cue.AtMeeting => EventKind.NextMeeting,
            Cue.NextMeeting => speakers.Any(s => !_nextMeetingSpeakers.Contains(s)) && !SpeaksAsPresidency(masked)
                && _ownNamedNextMeeting?.IsMatch(masked[previousTokenEnd..token.Start]) != true ? EventKind.Event : EventKind.NextMeeting,
            Cue.Workshop => EventKind.Workshop,
            _ => EventKind.Event,
        };
    }

    /// <summary>
    /// Whether the date is one the sentence replaces: "initially scheduled for 14 May, postponed to ...", "the meeting
    /// of 24 May has been postponed to 7 June".
    /// </summary>
    public bool IsSuperseded(string masked, DateToken token, int previousTokenEnd) =>
        _superseded.IsMatch(masked[previousTokenEnd..token.Start]) || _supersededAfter.IsMatch(masked[token.End..]);

    /// <summary>The date names only the time whose meeting dates are still to be set ("the dates for July are yet to be fixed").</summary>
    public bool LeavesUndecided(string masked, DateToken token) =>
        _undecided is not null && _undecided.Matches(masked).Any(m => m.Index <= token.Start && token.End <= m.Index + m.Length);

    /// <summary>
    /// Whether the date's clause goes on in the past perfect ("the meeting planned for {DATE} had been cancelled"): the
    /// date is history told at the meeting, whichever side of it it falls.
    /// </summary>
    public bool IsPastPerfectAt(string masked, DateToken token) => _pastPerfectAfter?.IsMatch(masked[token.End..]) == true;

    /// <summary>Whether the date stamps a document ("doc. 11999/19 (12.08.2019)") rather than naming an event.</summary>
    public bool IsDocumentDate(string masked, DateToken token) => _documentDate.IsMatch(masked[..token.Start]);

    /// <summary>
    /// "cancelled", "postponed" (the date a meeting was moved to) or "additional" when the date's own clause says so,
    /// else null. The clause runs from the previous date (or the last clause boundary before this one: ';', "and the")
    /// to the next date or ';', so "X was cancelled and the next meeting is on Y" does not cancel Y.
    /// </summary>
    public string? StatusAt(string masked, DateToken token, int previousTokenEnd, int nextTokenStart)
    {
        var before = masked[previousTokenEnd..token.Start];
        if (_clauseBoundary.Matches(before) is { Count: > 0 } boundaries)
        {
            before = before[(boundaries[^1].Index + boundaries[^1].Length)..];
        }

        var after = masked[token.End..nextTokenStart];
        var stop = after.IndexOfAny([';', '.']);
        after = stop >= 0 ? after[..stop] : after;
        return _postponed.IsMatch(before) || _postponedAfter.IsMatch(after) ? "postponed"
            : _cancelled.IsMatch(before) || _cancelled.IsMatch(after) ? "cancelled"
            : _additional.IsMatch(before) ? "additional"
            : null;
    }

    public bool IsFollowUp(string sentence) => _followUp.IsMatch(sentence);

    /// <summary>Whether the masked sentence moves a meeting of ours: "the meeting originally foreseen for {DATE}", "the meeting of {DATE}".</summary>
    public bool MovesOwnMeeting(string masked) => _ownMeetingMoved.IsMatch(masked);

    /// <summary>Whether a paragraph is a heading over a list of our meeting dates ("Next meetings", "Calendar").</summary>
    public bool IsCalendarHeading(string paragraph) => _calendarHeading.IsMatch(paragraph.Trim());

    /// <summary>Whether an item or sub-item title announces our meeting dates ("AOB - calendar of meetings").</summary>
    public bool IsCalendarTitle(string title) => _calendarTitle.IsMatch(title.Trim());

    /// <summary>
    /// Where a list of our meeting dates starts in the masked sentence: just after "the calendar: ...", "meeting dates:",
    /// "the next meetings:"; null when the sentence opens no such list.
    /// </summary>
    public int? CalendarListStart(string masked) =>
        _calendarList?.Match(masked) is { Success: true } list && !NamesOtherBody(list.Value) ? list.Index + list.Length : null;

    /// <summary>Whether the delegation in the sentence speaks as the Presidency ("the incoming Slovenian Presidency", "the Chair (SI)", "under its Presidency").</summary>
    private bool SpeaksAsPresidency(string masked) => _presidencyDelegation?.IsMatch(masked) == true;

    /// <summary>Whether the sentence names a body or event other than our meetings (the Council, a conference).</summary>
    public bool NamesOtherBody(string sentence) => _otherBody.IsMatch(sentence);

    private enum Cue
    {
        NextMeeting,
        Workshop,
        AtMeeting,
    }

    private static T? Nearest<T>(string masked, DateToken token, int from, params (Regex Cue, T Value)[] cues) where T : struct
    {
        (int Distance, T Value)? before = null, after = null;
        foreach (var (cue, value) in cues)
        {
            foreach (Match match in cue.Matches(masked))
            {
                if (match.Index >= from && match.Index + match.Length <= token.Start)
                {
                    var distance = token.Start - (match.Index + match.Length);
                    if (before is null || distance < before.Value.Distance)
                    {
                        before = (distance, value);
                    }
                }
                else if (match.Index >= token.End)
                {
                    var distance = match.Index - token.End;
                    if (after is null || distance < after.Value.Distance)
                    {
                        after = (distance, value);
                    }
                }
            }
        }

        return (before ?? after)?.Value;
    }
}

/// <summary>Where a date token sits in masked text.</summary>
public readonly record struct DateToken(int Start, int End);
