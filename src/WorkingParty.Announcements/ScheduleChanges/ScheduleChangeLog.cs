using WorkingParty.Announcements.Storage;
using WorkingParty.Storage;
using WorkingParty.Storage.Collections;

namespace WorkingParty.Announcements.ScheduleChanges;

/// <summary>
/// The durable record of date changes, under <c>schedule-changes/{kind}/{target}/{announcement}</c>:
/// recording the same announcement's change twice stores it once. The question answerer reads it.
/// </summary>
public sealed class ScheduleChangeLog(IDocumentStore store)
{
    private readonly DocumentCollection<ScheduleChange> _changes = new(store, "schedule-changes");

    public async Task RecordAsync(ScheduleChange change, CancellationToken cancellationToken = default) =>
        await _changes.TryCreateAsync($"{TargetPrefix(change.Kind, change.Target)}{change.AnnouncementId}", change, cancellationToken);

    /// <summary>Every change, oldest first.</summary>
    public Task<IReadOnlyList<ScheduleChange>> ListAsync(CancellationToken cancellationToken = default) =>
        ReadAsync("", cancellationToken);

    /// <summary>The change that stands for a target (the latest recorded), or null when its date was never changed.</summary>
    public async Task<ScheduleChange?> LatestAsync(ScheduleChangeKind kind, string target, CancellationToken cancellationToken = default)
    {
        var changes = await ReadAsync(TargetPrefix(kind, target), cancellationToken);
        return changes.Count == 0 ? null : changes[^1];
    }

    private async Task<IReadOnlyList<ScheduleChange>> ReadAsync(string idPrefix, CancellationToken cancellationToken)
    {
        var changes = new List<ScheduleChange>();
        await foreach (var change in _changes.ListAsync(idPrefix, cancellationToken))
            changes.Add(change.Value);
        return changes.OrderBy(c => c.RecordedAt).ThenBy(c => c.AnnouncementId, StringComparer.Ordinal).ToList();
    }

    private static string TargetPrefix(ScheduleChangeKind kind, string target) =>
        $"{(kind == ScheduleChangeKind.NextMeeting ? "next-meeting" : "deadline")}/{KeySegment.Slug(target)}/";
}
