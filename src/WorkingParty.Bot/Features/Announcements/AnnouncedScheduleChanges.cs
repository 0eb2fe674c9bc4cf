using WorkingParty.Announcements.Roles;
using WorkingParty.Announcements.ScheduleChanges;
using WorkingParty.Answers.Schedule;
using WorkingParty.Minutes.Storage;
using WorkingParty.Storage.Time;
using AnnouncedChange = WorkingParty.Announcements.ScheduleChanges.ScheduleChange;
using AnswerChange = WorkingParty.Answers.Schedule.ScheduleChange;

namespace WorkingParty.Bot.Features.Announcements;

/// <summary>
/// The date changes announced by the secretariat, as the question answerer applies them: a snapshot of the
/// <see cref="ScheduleChangeLog"/>, refreshed at start and after each announcement that changes a date.
/// "The next meeting" is the working party's own: <c>Secretariat:Body</c>, else the body of the latest minutes held by today.
/// </summary>
public sealed class AnnouncedScheduleChanges(
    ScheduleChangeLog log,
    MeetingRepository meetings,
    TimeProvider time,
    SecretariatOptions secretariat) : IScheduleChanges
{
    private volatile IReadOnlyList<AnswerChange> _current = [];

    public IReadOnlyList<AnswerChange> Current() => _current;

    public async Task RefreshAsync(CancellationToken cancellationToken = default)
    {
        var announced = await log.ListAsync(cancellationToken);
        var body = announced.Any(c => c.Kind == ScheduleChangeKind.NextMeeting) ? await WorkingPartyBodyAsync(cancellationToken) : null;
        _current = announced.Select(change => Translate(change, body)).OfType<AnswerChange>().ToList();
    }

    private static AnswerChange? Translate(AnnouncedChange change, string? body)
    {
        var provenance = new ChangeProvenance(change.AnnouncementId, change.AuthorName, change.RecordedAt);
        return change.Kind switch
        {
            ScheduleChangeKind.Deadline => new DeadlineMoved(change.Target, change.NewDate, provenance),
            _ when body is not null => new MeetingMoved(body, null, change.NewDate, provenance),
            _ => null,
        };
    }

    private async Task<string?> WorkingPartyBodyAsync(CancellationToken cancellationToken)
    {
        if (secretariat.Body is { Length: > 0 } configured)
        {
            return configured;
        }

        var today = time.Today();
        var held = new List<(DateOnly Date, string Body)>();
        await foreach (var meeting in meetings.ListAsync(cancellationToken))
        {
            held.Add((meeting.Date, meeting.Body));
        }

        var latest = held.Where(m => m.Date <= today).DefaultIfEmpty().MaxBy(m => m.Date);
        return latest.Body ?? held.MaxBy(m => m.Date).Body;
    }
}
