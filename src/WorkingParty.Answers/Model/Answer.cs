namespace WorkingParty.Answers.Model;

/// <summary>
/// What the bot found for a question, independent of how it is shown. The bot host turns
/// each kind into a card (and a plain-text fallback) in one place.
/// </summary>
public abstract record Answer
{
    /// <summary>
    /// The working parties the question named, which the answer is read from; empty when it named none (every working
    /// party whose minutes are held). Answers name their body through this and through every citation.
    /// </summary>
    public IReadOnlyList<string> Scope { get; init; } = [];
}

/// <summary>Where a fact was read: the meeting and the agenda item.</summary>
public sealed record Citation(string MeetingId, string Body, DateOnly MeetingDate, int Item, string ItemTitle)
{
    /// <summary>The last day of a meeting held over several days (null for a one-day meeting).</summary>
    public DateOnly? MeetingEndDate { get; init; }

    /// <summary>Set when the secretariat corrected the meeting's date, body or the item's title: who and when.</summary>
    public CorrectionMark? Corrected { get; init; }
}

/// <summary>
/// The coming meetings and workshops after today, soonest first. <see cref="Dates"/> holds the dates the minutes state
/// plainly; <see cref="Doubtful"/> those whose reading is in doubt, to be shown with their sentence, never as bare facts.
/// </summary>
public sealed record NextMeetingsAnswer(DateOnly Today, IReadOnlyList<UpcomingDate> Dates) : Answer
{
    public IReadOnlyList<UpcomingDate> Doubtful { get; init; } = [];
}

/// <summary>
/// A coming date. <paramref name="ChangedBy"/> is set when a secretariat announcement moved it,
/// and then says who and when.
/// </summary>
public sealed record UpcomingDate(
    DateOnly Date,
    DateOnly? EndDate,
    string Kind,
    string Description,
    Citation Source,
    string? ChangedBy = null)
{
    /// <summary>Why the date may be misread, with the sentence it was read from; null when the minutes are plain.</summary>
    public Doubt? Doubt { get; init; }

    /// <summary>"additional" when the minutes say the meeting is an additional one, else null.</summary>
    public string? Status { get; init; }

    /// <summary>The minutes' sentence the date was read from; null when it came from elsewhere (an announced move).</summary>
    public string? Sentence { get; init; }

    /// <summary>Set when the secretariat corrected (or added) the date over what the minutes say: who and when.</summary>
    public CorrectionMark? Corrected { get; init; }
}

/// <summary>Deadlines due on or after today (or, when asked, the past ones).</summary>
public sealed record DeadlinesAnswer(DateOnly Today, bool Past, IReadOnlyList<DeadlineEntry> Deadlines) : Answer;

/// <summary>
/// One deadline. <paramref name="Id"/> is what comment submissions refer to:
/// <c>{meetingId}/{Deadline.LocalId}</c>.
/// </summary>
public sealed record DeadlineEntry(
    string Id,
    DateOnly Date,
    int DaysLeft,
    string Subject,
    string RequestedFrom,
    IReadOnlyList<string> Documents,
    Citation Source,
    string? ChangedBy = null)
{
    /// <summary>Why the due date may be misread, with the sentence it was read from; null when the minutes are plain.</summary>
    public Doubt? Doubt { get; init; }

    /// <summary>
    /// Whether the due date is read without doubt. An uncertain deadline keeps its id, but is not offered for comments
    /// as if its date were known.
    /// </summary>
    public bool IsCertain => Doubt is null;

    /// <summary>Set when the secretariat corrected (or added) the deadline over what the minutes say: who and when.</summary>
    public CorrectionMark? Corrected { get; init; }

    /// <summary>The due date first set, as the minutes write it, when they tell it was replaced by this one; else null.</summary>
    public string? FirstSet { get; init; }

    /// <summary>
    /// The minutes' words when they give the due date as part of a month or year ("end of April"), which <see
    /// cref="Date"/> resolves, with the sentence to cite; null when they give a day (or an announcement moved it).
    /// </summary>
    public VagueDue? Vague { get; init; }

    /// <summary>The sentence the deadline was read from, quoted beside a <see cref="Vague"/> due date.</summary>
    public string? Sentence { get; init; }

    /// <summary>
    /// The Friday before a <see cref="Vague"/> month's or year's end that falls on a weekend ("end of April", Sunday 30
    /// April: Friday 28 April); null otherwise.
    /// </summary>
    public DateOnly? LastWorkingDay => Vague is { Approximate: false } && Date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday
        ? Date.AddDays(Date.DayOfWeek == DayOfWeek.Saturday ? -1 : -2)
        : null;
}

/// <summary>The agenda of one meeting.</summary>
public sealed record AgendaAnswer(string MeetingId, string Body, DateOnly MeetingDate, bool DateInferred, IReadOnlyList<AgendaLine> Items) : Answer;

public sealed record AgendaLine(int Number, string Title)
{
    /// <summary>The item's lettered parts with their labels ("a) State of play"), in order; empty when it has none.</summary>
    public IReadOnlyList<string> SubItems { get; init; } = [];

    /// <summary>The item's documents, when the question asked what the meeting was about; else empty.</summary>
    public IReadOnlyList<string> Documents { get; init; } = [];

    /// <summary>The item's concluding (else first) sentence, when the question asked what the meeting was about; else null.</summary>
    public string? Summary { get; init; }
}

/// <summary>One agenda item in full.</summary>
public sealed record AgendaItemAnswer(
    Citation Source,
    IReadOnlyList<SaidBy> Said,
    IReadOnlyList<string> Documents,
    IReadOnlyList<string> FollowUps) : Answer;

/// <summary>Something said, and by whom (empty when the minutes name nobody).</summary>
public sealed record SaidBy(string Text, IReadOnlyList<string> Actors);

/// <summary>What one actor (ENISA, the Czech delegation, ...) said, item by item.</summary>
public sealed record ActorStatementsAnswer(string Actor, IReadOnlyList<CitedText> Statements) : Answer;

/// <summary>Where a document is referred to, and what it is.</summary>
public sealed record DocumentAnswer(string Reference, IReadOnlyList<CitedText> Mentions) : Answer;

/// <summary>What the minutes say will continue at a coming meeting.</summary>
public sealed record CarryOverAnswer(IReadOnlyList<CitedText> Items) : Answer;

/// <summary>A passage of the minutes and where it stands.</summary>
public sealed record CitedText(Citation Source, string Text);

/// <summary>Nothing confident was found; a few close items are offered instead.</summary>
public sealed record NotFoundAnswer(string Question, IReadOnlyList<Citation> Suggestions) : Answer
{
    /// <summary>The question's topic words no minutes use at all (a nickname, an acronym never spelled out), to say so.</summary>
    public IReadOnlyList<string> Unfound { get; init; } = [];
}
