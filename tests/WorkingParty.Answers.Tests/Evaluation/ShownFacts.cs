using System.Text.RegularExpressions;
using WorkingParty.Answers.Model;

namespace WorkingParty.Answers.Tests.Evaluation;

/// <summary>What a date shown by an answer stands for.</summary>
internal enum DateRole { NextMeeting, Deadline, MeetingHeld, Issued }

/// <summary>How an answer stands to the question: it found nothing, found an empty list, quotes the minutes, or asserts facts.</summary>
internal enum Stance { NotFound, Empty, Quotes, Asserts }

internal sealed record ShownDate(DateOnly Date, DateRole Role);

/// <summary>
/// What an answer shows, split into what the bot asserts (structured dates of next meetings and deadlines, deadline
/// subjects and documents, agenda titles, the meeting date and body of what it cites, the actor or document it names)
/// and what it quotes (sentences and snippets of the minutes, item titles of citations, and the note on the date a
/// moved meeting or deadline had before: "initially set at ..."). <see cref="Of"/> is the one
/// place that knows every answer type: a new one is described there.
/// </summary>
internal sealed partial record ShownFacts(
    string Kind,
    Stance Stance,
    Citation? Source,
    IReadOnlyList<int> Items,
    IReadOnlyList<ShownDate> AssertedDates,
    IReadOnlyList<string> Asserted,
    IReadOnlyList<string> Quoted)
{
    /// <summary>The dates the labelled set's <c>dates</c> are compared with, in the answer's order.</summary>
    public IReadOnlyList<DateOnly> Dates { get; init; } = [];

    /// <summary>The role of the dates that are the answer itself (next meetings, deadlines, the agenda's meeting), or null.</summary>
    public DateRole? AnswerRole { get; init; }

    public string? Actor { get; init; }

    public string? Document { get; init; }

    public IEnumerable<DateOnly> AnswerDates => AssertedDates.Where(d => d.Role == AnswerRole).Select(d => d.Date);

    /// <summary>The kind of "what the minutes say": quoted passages, which assert nothing.</summary>
    public const string PassagesKind = "passages";

    public static ShownFacts Of(Answer answer) => answer switch
    {
        NextMeetingsAnswer a => NextMeetings(a),
        DeadlinesAnswer a => Deadlines(a),
        AgendaAnswer a => new ShownFacts("agenda", a.Items.Count == 0 ? Stance.Empty : Stance.Asserts,
            new Citation(a.MeetingId, a.Body, a.MeetingDate, 0, ""), [.. a.Items.Select(i => i.Number)],
            [new(a.MeetingDate, DateRole.MeetingHeld)], [a.Body, .. a.Items.Select(i => i.Title), .. a.Items.SelectMany(i => i.SubItems), .. a.Items.SelectMany(i => i.Documents)],
            [.. a.Items.Select(i => i.Summary).OfType<string>()]) { AnswerRole = DateRole.MeetingHeld },
        AgendaItemAnswer a => Quoting("item", [new CitedText(a.Source, ""), .. a.Said.Select(s => new CitedText(a.Source, s.Text)),
            .. a.FollowUps.Select(f => new CitedText(a.Source, f))], [.. a.Documents, .. a.Said.SelectMany(s => s.Actors)]) with { Items = [a.Source.Item] },
        ActorStatementsAnswer a => Quoting("actor", a.Statements, [a.Actor]) with { Actor = a.Actor },
        DocumentAnswer a => Quoting("document", a.Mentions, [a.Reference]) with { Document = a.Reference },
        CarryOverAnswer a => Quoting("carry-over", a.Items, []),
        PassagesAnswer a => Quoting(PassagesKind, [.. a.Passages.Select(p => new CitedText(p.Source, p.Text))], []),
        // The speakers are read from the quoted sentences: quotes, graded as passages, naming who speaks in them.
        SpeakersAnswer a => Quoting(PassagesKind, [.. a.Passages.Select(p => new CitedText(p.Source, p.Text))], a.Actors),
        LastMeetingsAnswer a => Meetings("last-meeting", a.Meetings, issued: false),
        MinutesListAnswer a => Meetings("minutes-list", a.Meetings, issued: true),
        MinutesIssuedAnswer a => Meetings("minutes-issued", a.Meetings, issued: true) with
        {
            Dates = [.. a.Meetings.Select(m => m.IssueDate).OfType<DateOnly>()],
            AnswerRole = DateRole.Issued,
        },
        NotFoundAnswer => new ShownFacts("not-found", Stance.NotFound, null, [], [], [], []),
        _ => throw new ArgumentOutOfRangeException(nameof(answer), answer.GetType().Name, "an answer type the grader does not describe yet"),
    };

    /// <summary>Doubtful dates are not asserted: they are shown in the sentence they were read from.</summary>
    private static ShownFacts NextMeetings(NextMeetingsAnswer a) => new(
        "next-meetings", a.Dates.Count > 0 ? Stance.Asserts : a.Doubtful.Count > 0 ? Stance.Quotes : Stance.Empty, (a.Dates.Count > 0 ? a.Dates[0].Source : null), [],
        [.. a.Dates.SelectMany(d => Optional(d.EndDate, DateRole.NextMeeting).Prepend(new(d.Date, DateRole.NextMeeting)).Concat(Held(d.Source)))],
        [.. a.Dates.SelectMany(d => new[] { d.Kind.Replace('-', ' '), d.Source.Body })],
        [.. a.Dates.SelectMany(d => new[] { d.Description, d.Source.ItemTitle, d.ChangedBy }).OfType<string>(), .. a.Doubtful.Select(d => d.Doubt!.Sentence)])
    {
        Dates = [.. a.Dates.Select(d => d.Date)],
        AnswerRole = DateRole.NextMeeting,
    };

    /// <summary>
    /// The clause of a deadline's subject that names the date first set ("comments, initially set at 3 October"): a
    /// labelled note on the extension, like <see cref="DeadlineEntry.ChangedBy"/>, not the date asserted.
    /// </summary>
    [GeneratedRegex(@"\b(?:initially|originally|first|previously|at\s+first)\s+(?:set|fixed|planned|foreseen|scheduled|expected|due)\s+(?:at|for|on|to|by)\b[^,;)]*", RegexOptions.IgnoreCase)]
    private static partial Regex FirstSetClause();

    /// <summary>
    /// An uncertain deadline is not asserted: it is shown in the sentence it was read from. A due date given as part of
    /// a month ("end of June") asserts the minutes' words with its day (and its last working day, before a weekend) and
    /// quotes its sentence.
    /// </summary>
    private static ShownFacts Deadlines(DeadlinesAnswer a)
    {
        var certain = a.Deadlines.Where(d => d.IsCertain).ToList();
        return new("deadlines", certain.Count > 0 ? Stance.Asserts : a.Deadlines.Count > 0 ? Stance.Quotes : Stance.Empty, (a.Deadlines.Count > 0 ? a.Deadlines[0].Source : null),
            [.. a.Deadlines.Select(d => d.Source.Item)],
            [.. certain.SelectMany(d => Held(d.Source).Prepend(new ShownDate(d.Date, DateRole.Deadline)).Concat(Optional(d.LastWorkingDay, DateRole.Deadline)))],
            [.. certain.SelectMany(d => d.Documents.Concat([FirstSetClause().Replace(d.Subject, ""), d.RequestedFrom, d.Source.Body, d.Vague?.Words])).OfType<string>()],
            [.. a.Deadlines.Select(d => d.Source.ItemTitle), .. a.Deadlines.Select(d => d.Doubt?.Sentence).OfType<string>(), .. certain.Select(d => d.Sentence).OfType<string>(), .. certain.Select(d => d.ChangedBy).OfType<string>(), .. certain.Select(d => d.FirstSet).OfType<string>(),
                .. certain.SelectMany(d => FirstSetClause().Matches(d.Subject).Select(m => m.Value)),
                .. a.Deadlines.Where(d => !d.IsCertain).SelectMany(d => d.Documents)])
        {
            Dates = [.. certain.Select(d => d.Date)],
            AnswerRole = DateRole.Deadline,
        };
    }

    /// <summary>
    /// Meetings held: their dates and bodies, document numbers, and (for the list of minutes) issue dates. A meeting date
    /// the minutes do not state is shown as inferred, beside what they say instead: not asserted, that text quoted.
    /// </summary>
    private static ShownFacts Meetings(string kind, IReadOnlyList<HeldMeeting> meetings, bool issued) => new(
        kind, meetings.Count == 0 ? Stance.Empty : Stance.Asserts,
        meetings.Select(m => new Citation(m.MeetingId, m.Body, m.Date, 0, "")).FirstOrDefault(), [.. meetings.Select(m => m.Items)],
        [.. meetings.SelectMany(m => (m.DateInferred ? [] : Optional(m.EndDate, DateRole.MeetingHeld).Prepend(new(m.Date, DateRole.MeetingHeld)))
            .Concat(issued ? Optional(m.IssueDate, DateRole.Issued) : []))],
        [.. meetings.SelectMany(m => new[] { m.Body, m.DocumentNumber, issued ? m.Kind : null }).OfType<string>()],
        [.. meetings.SelectMany(m => m.DateSaid)])
    {
        Dates = [.. meetings.Select(m => m.Date)],
        AnswerRole = DateRole.MeetingHeld,
    };

    /// <summary>An answer that quotes passages of the minutes (and may name what they are about).</summary>
    private static ShownFacts Quoting(string kind, IReadOnlyList<CitedText> passages, IEnumerable<string> asserted) => new(
        kind, passages.Count == 0 ? Stance.Empty : Stance.Quotes, (passages.Count > 0 ? passages[0].Source : null),
        [.. passages.Select(p => p.Source.Item)],
        [.. passages.SelectMany(p => Held(p.Source)).Distinct()],
        [.. asserted, .. passages.Select(p => p.Source.Body).Distinct()],
        [.. passages.SelectMany(p => new[] { p.Text, p.Source.ItemTitle }).Where(t => t.Length > 0).Distinct()]);

    /// <summary>The days of the cited meeting: its first, and its last when it was held over several.</summary>
    private static IEnumerable<ShownDate> Held(Citation source) =>
        Optional(source.MeetingEndDate, DateRole.MeetingHeld).Prepend(new(source.MeetingDate, DateRole.MeetingHeld));

    private static IEnumerable<ShownDate> Optional(DateOnly? date, DateRole role) => date is { } d ? [new(d, role)] : [];
}
