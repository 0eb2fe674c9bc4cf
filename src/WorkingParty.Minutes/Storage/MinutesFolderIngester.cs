using WorkingParty.Minutes.Model;
using WorkingParty.Minutes.Reading;

namespace WorkingParty.Minutes.Storage;

/// <summary>
/// Reads every file of a minutes folder into the repository (at start-up, say), several files at a time. A file
/// whose fingerprint matches the one recorded when its meeting was stored is skipped; a changed or replaced file is
/// read again. A file that is not minutes is reported and skipped; the others are still stored.
/// </summary>
public sealed class MinutesFolderIngester(MinutesReader reader, MeetingRepository repository, MinutesSourceLog sources)
{
    public async Task<IngestReport> IngestAsync(string folder, CancellationToken cancellationToken = default)
    {
        var files = Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal).ToList();
        var storedIds = await repository.ListIdsAsync(cancellationToken).ToHashSetAsync(StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
        var outcomes = new FileOutcome[files.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, files.Count), parallel,
            async (index, token) => outcomes[index] = await IngestFileAsync(files[index], storedIds, token).ConfigureAwait(false)).ConfigureAwait(false);

        return new IngestReport(
            outcomes.Select(o => o.Stored).OfType<Meeting>().ToList(),
            outcomes.Select(o => o.Rejected).OfType<MinutesRejection>().ToList(),
            outcomes.Select(o => o.UnchangedId).OfType<string>().ToList());
    }

    private async Task<FileOutcome> IngestFileAsync(string file, IReadOnlySet<string> storedIds, CancellationToken cancellationToken)
    {
        var fileName = Path.GetFileName(file);
        var fingerprint = await SourceFingerprint.TryComputeAsync(file, cancellationToken).ConfigureAwait(false);
        if (fingerprint is not null
            && await sources.GetAsync(fileName, cancellationToken).ConfigureAwait(false) is { } recorded
            && recorded.Fingerprint == fingerprint
            && storedIds.Contains(recorded.MeetingId))
        {
            return new FileOutcome(null, null, recorded.MeetingId);
        }

        // The fingerprint is taken before the file is read: should the file change in between, the recorded
        // fingerprint is the old one and the next ingestion reads the file again.
        var result = await reader.TryReadAsync(file, IngestOptions.None, cancellationToken).ConfigureAwait(false);
        if (result.Meeting is not { } meeting)
        {
            return new FileOutcome(null, result.Rejection, null);
        }

        await repository.SaveAsync(meeting, cancellationToken).ConfigureAwait(false);
        if (fingerprint is not null)
        {
            await sources.RecordAsync(new MinutesSource(fileName, fingerprint, meeting.Id), cancellationToken).ConfigureAwait(false);
        }

        return new FileOutcome(meeting, null, null);
    }

    private sealed record FileOutcome(Meeting? Stored, MinutesRejection? Rejected, string? UnchangedId);
}
