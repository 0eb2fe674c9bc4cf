using WorkingParty.Answers;
using WorkingParty.Answers.Library;
using WorkingParty.Answers.Schedule;
using WorkingParty.Bot.Hosting;
using WorkingParty.Minutes.Corrections;
using WorkingParty.Minutes.Model;
using WorkingParty.Minutes.Storage;

namespace WorkingParty.Bot.Features.Minutes;

/// <summary>
/// The stored minutes as the bot answers from them. On first use (<see cref="MinutesWarmUp"/> makes that the
/// process start) it ingests the minutes folder (<c>Minutes:Folder</c>, the sample minutes by default) into the
/// minutes store and builds the question answerer from every stored meeting, with the secretariat's corrections
/// applied over each and withdrawn minutes left out (<see cref="MinutesOverlay"/>); <see cref="ReloadAsync"/> picks up
/// newly published, corrected, withdrawn and restored minutes. The answerer's full-text index is kept between starts
/// (<see cref="MinutesOptions.IndexCache"/>): a restart on the same minutes loads it instead of building it.
/// </summary>
public sealed class MinutesCatalog(
    MinutesFolderIngester ingester,
    MeetingRepository repository,
    MinutesOverlay overlay,
    IScheduleChanges scheduleChanges,
    MinutesOptions options,
    StorageOptions storage,
    ILogger<MinutesCatalog> logger)
{
    private readonly SemaphoreSlim _loading = new(1, 1);
    private readonly IndexCache? _cache = options.IndexCache(storage);
    private QuestionAnswerer? _answerer;

    private Task _building = Task.CompletedTask;

    /// <summary>
    /// Ends once the answerer being built, if any, is built (or failed) and the full-text index it built is written (a
    /// write that cannot be made is skipped), so that a host stopping leaves no write behind.
    /// </summary>
    public async Task IndexKeptAsync()
    {
        await Volatile.Read(ref _building).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        await (_cache?.Saved ?? Task.CompletedTask).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    public async Task<QuestionAnswerer> GetAnswererAsync(CancellationToken cancellationToken = default)
    {
        if (_answerer is { } ready)
        {
            return ready;
        }

        await _loading.WaitAsync(cancellationToken);
        try
        {
            return _answerer ??= await LoadAsync(cancellationToken);
        }
        finally
        {
            _loading.Release();
        }
    }

    public async Task ReloadAsync(CancellationToken cancellationToken = default)
    {
        var answerer = await GetAnswererAsync(cancellationToken);
        answerer.Rebuild(await AnswerableAsync(await StoredMeetingsAsync(cancellationToken), cancellationToken));
    }

    /// <summary>
    /// Builds the answerer from the folder's new and changed meetings as soon as they are read, and from the other
    /// stored meetings, while the read meetings are still being stored; it is handed out only once they all are.
    /// </summary>
    private async Task<QuestionAnswerer> LoadAsync(CancellationToken cancellationToken)
    {
        var folder = options.FolderPath();
        if (!Directory.Exists(folder))
        {
            logger.LogWarning("The minutes folder {Folder} does not exist; answering from the minutes store alone", folder);
            return Built(new QuestionAnswerer(await AnswerableAsync(await StoredMeetingsAsync(cancellationToken), cancellationToken), scheduleChanges, _cache));
        }

        var ingestion = ingester.Start(folder, cancellationToken);
        try
        {
            return await LoadAsync(folder, ingestion, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The host is stopping: the records being written finish (or give up) before it is gone, so no write
            // outlives the host that started it.
            await Task.WhenAny(ingestion.Stored);
            throw;
        }
    }

    private async Task<QuestionAnswerer> LoadAsync(string folder, FolderIngestion ingestion, CancellationToken cancellationToken)
    {
        // What every answerer shares is built on another core while the stored meetings are read.
        var prepared = Task.Run(QuestionAnswerer.Prepare, cancellationToken);
        var storedBefore = StoredMeetingsAsync(cancellationToken);
        var meetings = new Dictionary<string, Meeting>(StringComparer.Ordinal);
        foreach (var meeting in (await storedBefore).Concat(await ingestion.Read))
        {
            meetings[meeting.Id] = meeting;
        }

        var ordered = await AnswerableAsync(meetings.Values.OrderBy(m => m.Id, StringComparer.Ordinal), cancellationToken);
        await prepared;
        var answerer = Task.Run(() => Built(new QuestionAnswerer(ordered, scheduleChanges, _cache)), cancellationToken);
        Volatile.Write(ref _building, answerer);
        var report = await ingestion.Stored;
        foreach (var rejection in report.Rejected)
        {
            logger.LogWarning("Minutes not stored: {Rejection}", rejection);
        }

        logger.LogInformation("Ingested {Count} minutes from {Folder}; {Unchanged} already stored unchanged",
            report.Stored.Count, folder, report.Unchanged.Count);
        return await answerer;
    }

    private QuestionAnswerer Built(QuestionAnswerer answerer)
    {
        if (_cache is null)
        {
            return answerer;
        }

        if (answerer.Library.IndexLoaded)
        {
            logger.LogInformation("Full-text index loaded from {File}", _cache.FilePath);
        }
        else
        {
            logger.LogInformation("Full-text index built; kept in {File} for the next start", _cache.FilePath);
        }

        return answerer;
    }

    /// <summary>
    /// The meetings as answered from: corrections applied, withdrawn minutes left out. A correction whose fact is gone
    /// is reported, not applied.
    /// </summary>
    private async Task<IReadOnlyList<Meeting>> AnswerableAsync(IEnumerable<Meeting> read, CancellationToken cancellationToken)
    {
        var answerable = await overlay.AnswerableAsync(read, cancellationToken);
        foreach (var minutes in answerable.Where(m => m.Corrected.Unmatched.Count > 0))
        {
            var meeting = minutes.Corrected;
            logger.LogWarning("Minutes {Meeting} ({File}): {Count} corrections name facts the minutes no longer have; kept, not applied: {Facts}",
                meeting.Read.Id, meeting.Read.SourceFile, meeting.Unmatched.Count, string.Join(", ", meeting.Unmatched.Select(c => c.FactKey())));
        }

        return answerable.Select(m => m.Corrected.Meeting).ToList();
    }

    private async Task<List<Meeting>> StoredMeetingsAsync(CancellationToken cancellationToken)
    {
        var meetings = new List<Meeting>();
        await foreach (var meeting in repository.ListAsync(cancellationToken))
        {
            meetings.Add(meeting);
        }

        return meetings;
    }

    /// <summary><c>Minutes:Folder</c>, relative to the bot's own folder when not absolute.</summary>

}
