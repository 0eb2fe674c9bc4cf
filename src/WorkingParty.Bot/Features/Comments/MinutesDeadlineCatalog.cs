using WorkingParty.Answers.Model;
using WorkingParty.Bot.Features.Minutes;
using WorkingParty.Cards.Presentation;
using WorkingParty.Comments;
using WorkingParty.Comments.Deadlines;
using WorkingParty.Storage.Time;

namespace WorkingParty.Bot.Features.Comments;

/// <summary>
/// The deadlines comments may be written on: those of the stored minutes, announced extensions applied; for the
/// secretariat's compilation, those of withdrawn minutes too.
/// </summary>
public sealed class MinutesDeadlineCatalog(MinutesCatalog minutes, WithdrawnMinutesDeadlines withdrawn, TimeProvider time) : IDeadlineCatalog
{
    /// <summary>The deadline as the deadlines card shows it (days left from today), or null when there is none.</summary>
    public async Task<DeadlineEntry?> FindEntryAsync(string deadlineId, CancellationToken cancellationToken = default) =>
        (await minutes.GetAnswererAsync(cancellationToken)).FindDeadline(deadlineId, time.Today());

    public async Task<DeadlineInfo?> FindAsync(string deadlineId, CancellationToken cancellationToken = default) =>
        await FindEntryAsync(deadlineId, cancellationToken) is { } entry ? InfoOf(entry) : null;

    public async Task<DeadlineInfo?> FindKeptAsync(string deadlineId, CancellationToken cancellationToken = default) =>
        await FindAsync(deadlineId, cancellationToken) ?? await withdrawn.FindAsync(deadlineId, cancellationToken);

    /// <summary>Every deadline id of the stored minutes, latest meeting first (to tell the secretariat what it may export).</summary>
    public async Task<IReadOnlyList<string>> AllIdsAsync(CancellationToken cancellationToken = default)
    {
        var library = (await minutes.GetAnswererAsync(cancellationToken)).Library;
        return [.. library.Meetings.OrderByDescending(m => m.Date).SelectMany(m => m.Deadlines.Select(d => d.IdIn(m)))];
    }

    public static DeadlineInfo InfoOf(DeadlineEntry entry) =>
        new(entry.Id, entry.Date, entry.Subject, entry.Documents, $"{entry.Source.Body}, {Wording.CitationWithTitle(entry.Source)}");
}
