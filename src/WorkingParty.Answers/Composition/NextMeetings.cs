using WorkingParty.Answers.Schedule;

namespace WorkingParty.Answers.Composition;

/// <summary>
/// The coming meetings and workshops of each working party. For each body and kind, the newest record that announces
/// such dates is the one believed (a later record supersedes an earlier one), a joint meeting's record giving way to a
/// newer one of the body that led it; announced moves are then applied.
/// </summary>
internal static class NextMeetings
{
    public const string MeetingKind = "next-meeting";
    public const string WorkshopKind = "workshop";

    /// <summary>Statuses of <see cref="DatedEvent.Status"/>: a date a record says is cancelled is no coming meeting of that record.</summary>
    public const string Cancelled = "cancelled";
    public const string Additional = "additional";
    private const string Postponed = "postponed";
    private static readonly EventKind[] Kinds = [EventKind.NextMeeting, EventKind.Workshop];

    private const string NoMeeting = "a workshop, not a meeting of the working party; the minutes name no coming meeting";

    private const string NoDay = "the minutes give a period for this meeting, not its day";

    /// <summary>
    /// The dates to show plainly and those to show with their sentence. Asked for meetings when the only plain dates
    /// are workshops, the workshops are no answer for certain: they are shown with their sentence, in doubt.
    /// </summary>
    public static (List<UpcomingDate> Plain, List<UpcomingDate> Doubtful) Shown(IReadOnlyList<UpcomingDate> dates, bool workshopsAsked)
    {
        var plain = dates.Where(d => d.Doubt is null).ToList();
        var doubtful = dates.Where(d => d.Doubt is not null).ToList();
        if (workshopsAsked || plain.Count == 0 || plain.Any(d => d.Kind != WorkshopKind)) return (plain, doubtful);
        return ([], [.. plain.Select(d => d with { Doubt = new Doubt(NoMeeting, d.Sentence ?? d.Description) }), .. doubtful]);
    }

    private static readonly HashSet<string> JointWords = [.. Vocabulary.Default.JointWords];

    /// <summary>
    /// Whether the date's sentence says the meeting is a joint one ("a further joint meeting will be held on ..."): asked
    /// for the next joint meeting, the dates of a joint meeting's minutes that one of its bodies holds alone ("the
    /// Working Party on Tides will meet separately on ...") are not, nor those whose own clause names one of them ("TIDE
    /// will meet on 2 May; a further joint meeting on 20 June").
    /// </summary>
    public static bool SaysJoint(UpcomingDate date) =>
        Words.Split(date.Sentence ?? date.Description).Any(w => JointWords.Contains(w.Lower)) && !JointDateOwners.IsOneBodys(date);

    public static IReadOnlyList<UpcomingDate> After(
        DateOnly today, MinutesLibrary library, IReadOnlySet<string>? bodies, IReadOnlyList<ScheduleChange> changes)
    {
        var sources = library.Announcing.NewestHeld(bodies, today, Kinds);
        var dates = new List<UpcomingDate>();
        foreach (var (kind, source) in sources.Where(s => !sources.Any(o => o.Kind == s.Kind && LedBy(s.Source, o.Source))))
        {
            var name = kind == EventKind.Workshop ? WorkshopKind : MeetingKind;
            var off = source.Events.Where(e => e.Status == Cancelled).Select(e => e.Date).ToHashSet();
            var announced = source.Events.Where(e => e.Kind == kind && !off.Contains(e.Date))
                .Select(e => new UpcomingDate(e.Date, e.EndDate, name,
                    library.HoursOf(e) is { } hours ? $"{e.Description} ({hours})" : e.Description, Citations.Of(source, e.Item))
                {
                    Doubt = Doubted(e, source),
                    Status = e.Status,
                    Corrected = e.Corrected,
                    Sentence = e.Sentence,
                })
                .ToList();
            if (kind != EventKind.NextMeeting)
            {
                dates.AddRange(announced);
                continue;
            }
            dates.AddRange(SoonerOwnMeetings.Checked(source, [.. announced.Where(d => d.Date > today)], today));
            dates.AddRange(NearerMoves(source, today));
        }
        foreach (var moved in changes.OfType<MeetingMoved>()) Apply(moved, dates, today);
        return dates.Where(d => d.Date > today).OrderBy(d => d.Date).ToList();
    }

    /// <summary>
    /// Why a coming date is shown with its sentence rather than asserted: the reader's doubt, else, for a meeting or
    /// workshop the minutes place only in a month, part of a month, half-year or year ("again in July", "meetings planned
    /// in the second semester"), that the span is no day of it. A month whose sentence gives days of it too ("in July,
    /// on 4, 11 and 18 July") stands, as the reader keeps it, for a listed day it may not have written out whole. Null
    /// for a day read without doubt.
    /// </summary>
    private static Doubt? Doubted(DatedEvent e, Meeting source) =>
        e.Doubt is { } doubt ? new Doubt(doubt, e.Sentence)
        : e.Precision != DatePrecision.Day && !(e.Precision == DatePrecision.Month && ListsDaysOf(e, source)) ? new Doubt(NoDay, e.Sentence)
        : null;

    private static bool ListsDaysOf(DatedEvent month, Meeting source) =>
        source.Events.Any(o => o is { Kind: EventKind.NextMeeting, Precision: DatePrecision.Day } && o.Sentence == month.Sentence
            && o.Date >= month.Date && o.Date <= (month.EndDate ?? month.Date));

    private const string UnattributedMove = "the minutes say a meeting was moved to this date, before their next meeting, but not that it is this working party's";

    /// <summary>
    /// A meeting the record says was moved to a date before its next meeting, named so that the reader could not tell
    /// whose ("the ZQV meeting of 9 June is postponed to 16 June"): the answer does not skip the nearer date, it shows
    /// it in doubt with its sentence.
    /// </summary>
    private static IEnumerable<UpcomingDate> NearerMoves(Meeting source, DateOnly today)
    {
        var next = source.Events.Where(e => e.Kind == EventKind.NextMeeting && e.Status != Cancelled && e.Date > today).Select(e => e.Date).ToList();
        if (next.Count == 0) return [];
        var last = next.Max();
        return source.Events
            .Where(e => e is { Kind: EventKind.Event, Status: Postponed } && e.Date > today && e.Date < last && !next.Contains(e.Date))
            .Select(e => new UpcomingDate(e.Date, e.EndDate, MeetingKind, e.Description, Citations.Of(source, e.Item))
            {
                Doubt = new Doubt(UnattributedMove, e.Sentence),
                Sentence = e.Sentence,
            });
    }

    private const string KindEvent = "the minutes date this meeting of the kind asked, but not as a coming meeting of this working party";

    private static readonly HashSet<string> MeetingWords = [.. Vocabulary.Default.MeetingWords];
    private static readonly HashSet<string> RemoteWords = [.. Vocabulary.Default.RemoteMeetingWords];

    /// <summary>Whether the date's sentence says the meeting is held at a distance ("an informal videoconference ... on 10 April").</summary>
    public static bool SaysRemote(UpcomingDate date) => SaysRemote(Words.Split(date.Sentence ?? date.Description));

    private static bool SaysRemote(IEnumerable<Word> words) => words.Any(w => RemoteWords.Contains(w.Lower));

    /// <summary>
    /// "Next joint vtc?", "next vtc?": the coming meetings of the kind asked (joint, or held at a distance) that the latest
    /// record of each body asked about dates only as events ("A second joint Canals/Ports videoconference is tentatively
    /// scheduled for 24 April"), shown in doubt with their sentence.
    /// </summary>
    public static IEnumerable<UpcomingDate> EventsOfKind(DateOnly today, MinutesLibrary library, IReadOnlySet<string>? bodies, bool joint) =>
        library.NewestFirst(bodies, today).DistinctBy(m => m.Body)
            .SelectMany(source => source.Events
                .Where(e => e is { Kind: EventKind.Event, Status: null } && e.Date > today && OfKind(e.Sentence, joint))
                .Select(e => new UpcomingDate(e.Date, e.EndDate, MeetingKind, e.Description, Citations.Of(source, e.Item))
                {
                    Doubt = new Doubt(KindEvent, e.Sentence),
                    Sentence = e.Sentence,
                }));

    private static bool OfKind(string sentence, bool joint)
    {
        var words = Words.Split(sentence);
        return joint
            ? words.Any(w => JointWords.Contains(w.Lower)) && words.Any(w => MeetingWords.Contains(w.Lower))
            : SaysRemote(words);
    }

    /// <summary>
    /// The date of the coming event a question bounds its meetings by ("before the ECOFIN Council"): the soonest stored
    /// event after today, in the named bodies' minutes, whose description or sentence holds the question's words; never one
    /// of our own meetings ("an additional meeting on 14 May, ahead of the summit" is bounded, not the bound). Null when
    /// none does: then no bound, rather than a guessed one.
    /// </summary>
    public static DateOnly? Bound(IReadOnlyList<string> eventWords, MinutesLibrary library, IReadOnlySet<string>? bodies, DateOnly today)
    {
        if (eventWords.Count == 0) return null;
        var concepts = Concepts.Of(eventWords);
        if (concepts.Count == 0) return null;
        return library.NewestFirst(bodies, today)
            .SelectMany(m => m.Events)
            .Where(e => e.Date > today && e.Status != Cancelled && e.Kind != EventKind.NextMeeting
                && concepts.AreAnsweredBy(Concepts.TermsOf(e.Description + " " + e.Sentence)))
            .Select(e => (DateOnly?)e.Date)
            .Min();
    }

    /// <summary>
    /// Whether the record is a joint meeting's ("Working Party on A (Q) and the Working Party on B") and the other a newer
    /// record of the body that led it (A (Q)): the newer one is believed for the dates they both announce.
    /// </summary>
    private static bool LedBy(Meeting joint, Meeting newer) =>
        newer.Date > joint.Date && joint.Body.StartsWith(newer.Body + " and ", StringComparison.Ordinal);

    private static void Apply(MeetingMoved moved, List<UpcomingDate> dates, DateOnly today)
    {
        var target = dates
            .Where(d => d.Kind == MeetingKind && string.Equals(d.Source.Body, moved.Body, StringComparison.OrdinalIgnoreCase))
            .Where(d => moved.From is { } from ? d.Date == from : d.Date > today)
            .OrderBy(d => d.Date)
            .FirstOrDefault();
        if (target is null) return;
        // The secretariat's announcement settles a date the minutes left in doubt.
        dates[dates.IndexOf(target)] = target with { Date = moved.To, EndDate = null, ChangedBy = moved.Provenance.ToString(), Doubt = null };
    }
}
