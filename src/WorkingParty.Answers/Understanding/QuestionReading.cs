namespace WorkingParty.Answers.Understanding;

/// <summary>What a question was read to ask, with the details the answer needs.</summary>
/// <param name="TopicWords">What the question is about, once the words that only say what kind of answer is wanted are gone.</param>
/// <param name="SearchWords">Every meaningful word, for full-text search (keeps actor, body and date words).</param>
/// <param name="PassageWords">
/// The words to find passages by when no rule answers: those of <paramref name="SearchWords"/> that name no actor
/// (actors are matched by <paramref name="NamedActors"/>) and no date (see <paramref name="DateWords"/>).
/// </param>
/// <param name="DateWords">The words of the date the question names, searched for as words when no meeting was held then.</param>
/// <param name="NamedActors">Every actor the question names, in order, whatever the question asks.</param>
internal sealed record QuestionReading(
    string Question,
    Intent Intent,
    IReadOnlyList<string> TopicWords,
    IReadOnlyList<string> SearchWords,
    int? ItemNumber = null,
    MeetingFilter? Meeting = null,
    string? Actor = null,
    string? Document = null,
    IReadOnlySet<string>? Bodies = null,
    bool Past = false,
    bool WorkshopsOnly = false)
{
    /// <summary>The letter of the sub-item of <paramref name="ItemNumber"/> the question names ("3b"), or null.</summary>
    public string? SubItem { get; init; }

    /// <summary>The date after which coming meetings are asked for ("and after 22 April?"), or null.</summary>
    public MeetingFilter? After { get; init; }

    /// <summary>The season asked about ("the autumn meetings"), as its first and last month (December to February wraps), or null.</summary>
    public (int First, int Last)? Season { get; init; }

    /// <summary>Whether the season ends the span asked for ("dates until the summer?"): the dates up to its first month's end.</summary>
    public bool UntilSeason { get; init; }

    /// <summary>Whether the date lies in the season asked about; true when none is.</summary>
    public bool InSeason(DateOnly date) =>
        Season is not { } season
        || (season.First <= season.Last ? date.Month >= season.First && date.Month <= season.Last : date.Month >= season.First || date.Month <= season.Last);

    /// <summary>Whether the question asks how a meeting held was held ("was it a physical meeting?").</summary>
    public bool AsksFormat { get; init; }

    /// <summary>Whether the question asks when meetings held at a distance were held ("when did the WP hold a vtc?").</summary>
    public bool AsksRemoteMeetingsHeld { get; init; }

    /// <summary>Whether the question asks who took part in a given format ("which MS joined remotely?").</summary>
    public bool AsksWhoInFormat { get; init; }

    /// <summary>Whether the question asks for the date a meeting held was first planned for ("when was it originally planned?").</summary>
    public bool AsksOriginalDate { get; init; }

    /// <summary>The end of the span whose last coming meeting the question asks for ("last meeting of the year?"), or null.</summary>
    public ClosingSpan? Closing { get; init; }

    /// <summary>Whether the question asks of a coming additional meeting, in no past tense ("dates of the extra meeting?").</summary>
    public bool AsksComingAdditional { get; init; }

    /// <summary>Whether the question asks for the rest of the year asked on ("which dates are left this year?").</summary>
    public bool RestOfYear { get; init; }

    /// <summary>The period ahead the coming meetings asked for lie in ("first meeting next year?"), or null.</summary>
    public ComingPeriod? ComingPeriod { get; init; }

    /// <summary>Whether the question asks who was absent from a meeting ("which delegations did not attend?").</summary>
    public bool AsksAbsence { get; init; }

    /// <summary>Whether the question asks why an additional meeting was held ("what was the extra meeting for?").</summary>
    public bool AsksWhyAdditional { get; init; }

    /// <summary>Whether only additional (extra) meetings are asked for.</summary>
    public bool AdditionalOnly { get; init; }

    /// <summary>Whether the question asks for a date ("when", "which day").</summary>
    public bool AsksWhen { get; init; }

    /// <summary>Whether the question asks what a meeting was about ("what happened at", "summary", "outcome").</summary>
    public bool AsksSummary { get; init; }

    /// <summary>Whether the question asks whether a meeting moved, or how it stands ("still on", "cancelled", "physical").</summary>
    public bool AsksScheduleChange { get; init; }

    /// <summary>Whether the question asks for meetings held before a date, or other than those recorded ("met before 12 March").</summary>
    public bool AsksEarlierMeetings { get; init; }

    /// <summary>Whether the question asks for the joint meetings of the bodies it names, not each body's own.</summary>
    public bool AsksJoint { get; init; }

    /// <summary>"Next joint meeting?": the coming meetings the minutes say are joint ones, when any is.</summary>
    public bool AsksNextJoint { get; init; }

    /// <summary>"Next vtc?": the coming meetings said to be held at a distance, when the minutes date any.</summary>
    public bool AsksNextRemote { get; init; }

    /// <summary>"When does X meet on its own next?": the coming meetings but those the minutes say are joint ones.</summary>
    public bool AsksSeparate { get; init; }

    /// <summary>Whether the question asks which meeting was cancelled or moved ("called off", "postponed"), not which was held.</summary>
    public bool AsksCancellation { get; init; }

    /// <summary>Whether the question asks whether a meeting moved to another date ("postponed", "brought forward").</summary>
    public bool AsksMove { get; init; }

    /// <summary>Whether the question asks for the latest meeting only ("last", "latest"), not the latest under each name.</summary>
    public bool AsksLatest { get; init; }

    /// <summary>Whether the question asks for the first (earliest) meeting of the period it names only.</summary>
    public bool AsksEarliest { get; init; }

    /// <summary>Whether a deadline question asks for every deadline of its topic ("which fisheries deadlines are open?").</summary>
    public bool AsksSeveralDeadlines { get; init; }

    /// <summary>Whether a deadline question asks for comments ("deadline for comments on the annex?").</summary>
    public bool AsksComments { get; init; }

    /// <summary>Whether the question asks when something ends ("transition period until when?"), not by when it is due.</summary>
    public bool AsksUntilWhen { get; init; }

    /// <summary>
    /// Whether the question asks when something expires or ends ("when does the standstill period end?"): read as a
    /// deadline question, answered first by a date the minutes give for that end.
    /// </summary>
    public bool AsksPeriodEnd { get; init; }

    /// <summary>Whether the question asks who ("who asked for the extension?", "which countries missed it?").</summary>
    public bool AsksWho { get; init; }

    /// <summary>Whether the question asks what was decided ("what was agreed on X?", "was the report approved?"; <see cref="DecisionQuestions"/>).</summary>
    public bool AsksDecision { get; init; }

    /// <summary>Whether a deadline question asks for the open ones ("which deadlines are still open?", "outstanding deadlines").</summary>
    public bool AsksOpen { get; init; }

    /// <summary>Whether the question asks where a meeting is held ("where will the March meeting take place?").</summary>
    public bool AsksPlace { get; init; }

    /// <summary>Whether a document question asks for the documents of a topic in the plural ("which cod docs were discussed?").</summary>
    public bool AsksSeveralDocuments { get; init; }

    /// <summary>Whether the question asks why ("why was the May meeting moved?").</summary>
    public bool AsksReason { get; init; }

    /// <summary>Whether the question asks who held back: had doubts, concerns, reservations or objections.</summary>
    public bool AsksReservations { get; init; }

    /// <summary>
    /// The words of the event a coming meeting must come before ("any extra meeting before the ECOFIN Council?"), or empty.
    /// </summary>
    public IReadOnlyList<string> BeforeWords { get; init; } = [];

    /// <summary>Whether the question's cue asks when minutes were issued, whatever else it names (a document number).</summary>
    public bool AsksIssueDate { get; init; }

    /// <summary>Whether the question asks for delegations (Member States) only, not every speaker ("which MS", not "who").</summary>
    public bool DelegationsOnly { get; init; }

    public IReadOnlyList<string> PassageWords { get; init; } = [];

    public IReadOnlyList<string> DateWords { get; init; } = [];

    public IReadOnlyList<NamedActor> NamedActors { get; init; } = [];
}

/// <summary>An actor a question names (its key) and the words that name it.</summary>
internal sealed record NamedActor(string Key, string Words);

/// <summary>Which meeting a question names ("the March 2017 meeting", "the meeting of 22 March").</summary>
internal sealed record MeetingFilter(int? Year, int? Month, int? Day)
{
    /// <summary>The part of the month asked about ("the end of March": the 21st to the last day), or null for all of it.</summary>
    public (int First, int Last)? Days { get; init; }

    public bool Accepts(DateOnly date) =>
        (Year is null || date.Year == Year) && (Month is null || date.Month == Month) && (Day is null || date.Day == Day)
        && (Days is not { } days || (date.Day >= days.First && date.Day <= days.Last));

    /// <summary>
    /// The last day the filter names, in its year or else in the year that puts it nearest to today (at most half a
    /// year back): "after 22 April" is after 22 April, "after April" after 30 April.
    /// </summary>
    public DateOnly LastDay(DateOnly today)
    {
        var month = Month ?? 12;
        var year = Year ?? today.Year;
        var last = new DateOnly(year, month, Day ?? DateTime.DaysInMonth(year, month));
        return Year is null && last < today.AddMonths(-6) ? last.AddYears(1) : last;
    }

    /// <summary>
    /// A day named without its month ("the 22nd") in the month that puts it nearest to <paramref name="today"/>; any
    /// other filter as it is.
    /// </summary>
    public MeetingFilter Nearest(DateOnly today)
    {
        if (Day is not { } day || Month is not null || Year is not null) return this;
        var month = new DateOnly(today.Year, today.Month, 1);
        var best = Enumerable.Range(-1, 3).Select(month.AddMonths)
            .Where(m => day <= DateTime.DaysInMonth(m.Year, m.Month))
            .Select(m => new DateOnly(m.Year, m.Month, day))
            .MinBy(d => Math.Abs(d.DayNumber - today.DayNumber));
        return new MeetingFilter(best.Year, best.Month, best.Day);
    }

    /// <summary>Whether the meeting was held on the day (or in the month, the year) the filter names, on any of its days.</summary>
    public bool Accepts(Meeting meeting) => AcceptsAny(meeting.Date, meeting.EndDate);

    /// <summary>Whether any day from <paramref name="start"/> to <paramref name="end"/> (the start alone when null) is the one named.</summary>
    public bool AcceptsAny(DateOnly start, DateOnly? end)
    {
        for (var day = start; day <= (end ?? start); day = day.AddDays(1))
            if (Accepts(day)) return true;
        return false;
    }
}
