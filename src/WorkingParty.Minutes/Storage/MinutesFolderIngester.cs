using System.Threading.Channels;
using WorkingParty.Minutes.Reading;

namespace WorkingParty.Minutes.Storage;

/// <summary>
/// Reads every file of a minutes folder into the repository (at start-up, say), several files at a time. A file
/// whose fingerprint matches the one recorded when its meeting was stored is skipped; a changed or replaced file is
/// read again. A file that is not minutes is reported and skipped; the others are still stored.
/// </summary>
public sealed class MinutesFolderIngester(MinutesReader reader, MeetingRepository repository, MinutesSourceLog sources)
{
    // Storing is mostly waiting for the disk (every document is flushed), so more writes run at once than files are
    // read, and apart from the reading: the reads keep every core busy meanwhile.
    private const int ConcurrentWrites = 8;

    public Task<IngestReport> IngestAsync(string folder, CancellationToken cancellationToken = default) =>
        Start(folder, cancellationToken).Stored;

    /// <summary>Starts reading and storing the folder; see <see cref="FolderIngestion"/> for what completes when.</summary>
    public FolderIngestion Start(string folder, CancellationToken cancellationToken = default)
    {
        var read = new TaskCompletionSource<IReadOnlyList<Meeting>>(TaskCreationOptions.RunContinuationsAsynchronously);
        return new FolderIngestion(read.Task, RunAsync(folder, read, cancellationToken));
    }

    private async Task<IngestReport> RunAsync(string folder, TaskCompletionSource<IReadOnlyList<Meeting>> read, CancellationToken cancellationToken)
    {
        using var activity = ReadingTelemetry.Source.StartActivity("ingest minutes folder");
        var report = await ReadAndStoreAsync(folder, read, cancellationToken).ConfigureAwait(false);
        ReadingTelemetry.RecordFolder(activity, report);
        return report;
    }

    private async Task<IngestReport> ReadAndStoreAsync(string folder, TaskCompletionSource<IReadOnlyList<Meeting>> read, CancellationToken cancellationToken)
    {
        var toStore = Channel.CreateUnbounded<ReadFile>(new UnboundedChannelOptions { SingleReader = false, SingleWriter = false });
        var storing = Parallel.ForEachAsync(toStore.Reader.ReadAllAsync(cancellationToken),
            new ParallelOptions { MaxDegreeOfParallelism = ConcurrentWrites, CancellationToken = cancellationToken }, StoreAsync);
        FileOutcome[] outcomes;
        try
        {
            outcomes = await ReadAllAsync(folder, toStore.Writer, cancellationToken).ConfigureAwait(false);
            toStore.Writer.Complete();
        }
        catch (Exception e)
        {
            toStore.Writer.Complete(e);
            read.SetException(e);
            await storing.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            throw;
        }

        var meetings = outcomes.Select(o => o.Read).OfType<Meeting>().ToList();
        read.SetResult(meetings);
        await storing.ConfigureAwait(false);
        return new IngestReport(
            meetings,
            outcomes.Select(o => o.Rejected).OfType<MinutesRejection>().ToList(),
            outcomes.Select(o => o.UnchangedId).OfType<string>().ToList());
    }

    private async Task<FileOutcome[]> ReadAllAsync(string folder, ChannelWriter<ReadFile> toStore, CancellationToken cancellationToken)
    {
        var files = Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal).ToList();
        var storedIds = await repository.ListIdsAsync(cancellationToken).ToHashSetAsync(StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
        var outcomes = new FileOutcome[files.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, files.Count), parallel,
            async (index, token) => outcomes[index] = await ReadFileAsync(files[index], storedIds, toStore, token).ConfigureAwait(false)).ConfigureAwait(false);
        return outcomes;
    }

    private async Task<FileOutcome> ReadFileAsync(string file, IReadOnlySet<string> storedIds, ChannelWriter<ReadFile> toStore, CancellationToken cancellationToken)
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

        await toStore.WriteAsync(new ReadFile(fileName, fingerprint, meeting), cancellationToken).ConfigureAwait(false);
        return new FileOutcome(meeting, null, null);
    }

    /// <summary>The meeting first, then the record of its file: a file is never taken as stored before its meeting is.</summary>
    private async ValueTask StoreAsync(ReadFile file, CancellationToken cancellationToken)
    {
        await repository.SaveAsync(file.Meeting, cancellationToken).ConfigureAwait(false);
        if (file.Fingerprint is not null)
        {
            await sources.RecordAsync(new MinutesSource(file.Name, file.Fingerprint, file.Meeting.Id), cancellationToken).ConfigureAwait(false);
        }
    }

    private sealed record ReadFile(string Name, string? Fingerprint, Meeting Meeting);

    private sealed record FileOutcome(Meeting? Read, MinutesRejection? Rejected, string? UnchangedId);
}
