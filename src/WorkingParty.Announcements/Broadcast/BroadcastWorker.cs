using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using WorkingParty.Announcements.Background;
using WorkingParty.Announcements.Drafting;
using WorkingParty.Storage;
using WorkingParty.Storage.Queues;

namespace WorkingParty.Announcements.Broadcast;

/// <summary>
/// The background sender: takes outbox item ids from the work queue (shared by every instance), sends each
/// through <see cref="OutboxItemSender"/>, puts back those due later, and refreshes the reports of the
/// broadcasts it worked on. The host runs <see cref="RunAsync"/> for the life of the process.
/// </summary>
public sealed class BroadcastWorker(
    IWorkQueue queue,
    OutboxItemSender sender,
    BroadcastPlanner planner,
    BroadcastReports reports,
    BroadcastOptions options,
    TimeProvider time,
    ILogger<BroadcastWorker> logger,
    IBroadcastObserver? observer = null)
{
    private readonly ConcurrentDictionary<string, bool> _touched = new();
    private readonly LoopSignal _idle = new();

    /// <summary>
    /// Completes when the worker, in a pass begun after this call, finds no message to take with nothing being sent
    /// and no interrupted broadcast left to plan, and has refreshed the reports: all the work queued so far is done,
    /// except items waiting for a retry (hidden in the queue until it is due).
    /// </summary>
    public Task WhenIdleAsync(CancellationToken cancellationToken = default) => _idle.NextAsync(cancellationToken);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        // Sending starts while interrupted broadcasts are planned again: the planner queues item after item.
        var resuming = ResumeAsync(cancellationToken);
        using var slots = new SemaphoreSlim(options.MaxConcurrentSends);
        var inFlight = new ConcurrentDictionary<Task, bool>();
        var nextReport = time.GetUtcNow() + options.ReportInterval;
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                await slots.WaitAsync(cancellationToken);
                var free = 1;
                while (free < IWorkQueue.MaxMessagesPerReceive && slots.Wait(0, CancellationToken.None))
                    free++;
                // Taken before the receive: work finished during it may have queued a message the receive missed.
                var pass = _idle.BeginPass();
                var quiet = inFlight.IsEmpty && resuming.IsCompleted;
                var messages = await queue.ReceiveAsync(free, options.ClaimDuration, cancellationToken);
                if (free > messages.Count)
                    slots.Release(free - messages.Count);
                foreach (var message in messages)
                {
                    var work = ProcessAsync(message, cancellationToken);
                    inFlight[work] = true;
                    _ = work.ContinueWith(done => { inFlight.TryRemove(done, out _); slots.Release(); }, TaskScheduler.Default);
                }
                if (messages.Count == 0 || time.GetUtcNow() >= nextReport)
                {
                    await ReportAsync(cancellationToken);
                    nextReport = time.GetUtcNow() + options.ReportInterval;
                }
                if (messages.Count == 0 && quiet)
                    _idle.Reached(pass);
                if (messages.Count == 0)
                    await Task.Delay(options.PollInterval, time, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        finally
        {
            await Task.WhenAll([.. inFlight.Keys, resuming]);
        }
    }

    private async Task ResumeAsync(CancellationToken cancellationToken)
    {
        try
        {
            var resumed = await planner.ResumeAsync(cancellationToken);
            if (resumed > 0)
                logger.LogInformation("Resumed planning {Count} interrupted broadcasts", resumed);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopped while planning: the broadcast stays unplanned and is resumed at the next start.
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Interrupted broadcasts could not be resumed; queued items are still sent");
        }
    }

    private async Task ProcessAsync(QueuedMessage message, CancellationToken cancellationToken)
    {
        try
        {
            if (!Outbox.IsItemId(message.Body))
            {
                logger.LogWarning("Dropping a queue message that names no outbox item: {Body}", message.Body);
                await queue.DeleteAsync(message.Receipt, CancellationToken.None);
                return;
            }
            var progress = await sender.SendAsync(message.Body, cancellationToken);
            _touched[AnnouncementOf(message.Body)] = true;
            if (progress.RetryAt is { } due)
            {
                var wait = due - time.GetUtcNow();
                await queue.ExtendVisibilityAsync(message.Receipt, wait > TimeSpan.Zero ? wait : TimeSpan.Zero, CancellationToken.None);
            }
            else
            {
                await queue.DeleteAsync(message.Receipt, CancellationToken.None);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The message reappears after its visibility timeout, for this instance after a restart or for another one.
        }
        catch (Exception e)
        {
            logger.LogError(e, "Outbox item {Item} could not be processed; it will be tried again", message.Body);
        }
    }

    private async Task ReportAsync(CancellationToken cancellationToken)
    {
        foreach (var announcementId in _touched.Keys)
        {
            _touched.TryRemove(announcementId, out _);
            try
            {
                var refreshed = await reports.RefreshAsync(announcementId, cancellationToken);
                // Still being planned: count it again at the next report, even if no more of its items come by.
                if (refreshed?.Announcement is { Status: AnnouncementStatus.Sending, PlannedAt: null })
                    _touched[announcementId] = true;
                if (refreshed is { } counted && observer is not null)
                    await observer.ReportUpdatedAsync(counted.Announcement, counted.Report, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "The report of announcement {Announcement} could not be refreshed", announcementId);
            }
        }
    }

    private static string AnnouncementOf(string itemId) => itemId[..itemId.IndexOf('/')];
}
