using WorkingParty.Announcements.Storage;
using WorkingParty.Storage;

namespace WorkingParty.Announcements.ScheduleChanges;

/// <summary>
/// The durable record of date changes, under <c>schedule-changes/{kind}/{target}/{announcement}</c>:
/// recording the same announcement's change twice stores it once. The question answerer reads it.
/// </summary>
public sealed class ScheduleChangeLog(IDocumentStore store)
{
    private const string Prefix = "schedule-changes/";

    public async Task RecordAsync(ScheduleChange change, CancellationToken cancellationToken = default) =>
        await store.TryCreateAsync(KeyOf(change), DocumentJson.Write(change), cancellationToken);

    /// <summary>Every change, oldest first.</summary>
    public Task<IReadOnlyList<ScheduleChange>> ListAsync(CancellationToken cancellationToken = default) =>
        ReadAsync(Prefix, cancellationToken);

    /// <summary>The change that stands for a target (the latest recorded), or null when its date was never changed.</summary>
    public async Task<ScheduleChange?> LatestAsync(ScheduleChangeKind kind, string target, CancellationToken cancellationToken = default)
    {
        var changes = await ReadAsync($"{Prefix}{KindSegment(kind)}/{KeySegment.Slug(target)}/", cancellationToken);
        return changes.Count == 0 ? null : changes[^1];
    }

    private async Task<IReadOnlyList<ScheduleChange>> ReadAsync(string prefix, CancellationToken cancellationToken)
    {
        var changes = new List<ScheduleChange>();
        await foreach (var key in store.ListKeysAsync(prefix, cancellationToken))
        {
            if (await store.GetAsync(key, cancellationToken) is { } document)
                changes.Add(DocumentJson.Read<ScheduleChange>(document));
        }
        return changes.OrderBy(c => c.RecordedAt).ThenBy(c => c.AnnouncementId, StringComparer.Ordinal).ToList();
    }

    private static string KeyOf(ScheduleChange change) =>
        $"{Prefix}{KindSegment(change.Kind)}/{KeySegment.Slug(change.Target)}/{change.AnnouncementId}";

    private static string KindSegment(ScheduleChangeKind kind) => kind == ScheduleChangeKind.NextMeeting ? "next-meeting" : "deadline";
}
