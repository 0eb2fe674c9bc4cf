using System.Collections.Concurrent;
using WorkingParty.Announcements.Broadcast;
using WorkingParty.Announcements.Drafting;

namespace WorkingParty.Announcements.Tests.Support;

/// <summary>
/// Stands in for the Bot Connector: counts what arrives in each conversation, when, and answers with
/// <see cref="Answer"/> (delivered unless a test scripts otherwise). Shared by several sender instances.
/// </summary>
public sealed class CountingSender(TimeProvider time) : IAnnouncementSender
{
    private readonly ConcurrentDictionary<string, int> _attempts = new();
    private readonly ConcurrentBag<(int Total, TaskCompletionSource Done)> _watchers = [];

    public ConcurrentDictionary<string, int> Deliveries { get; } = new();

    public ConcurrentQueue<DateTimeOffset> SentAt { get; } = new();

    /// <summary>Given the conversation and how many attempts it has had before this one.</summary>
    public Func<string, int, SendOutcome> Answer { get; set; } = (_, _) => new SendOutcome.Delivered();

    public int TotalDelivered => Deliveries.Values.Sum();

    public Task<SendOutcome> SendAsync(Announcement announcement, Recipient recipient, CancellationToken cancellationToken)
    {
        SentAt.Enqueue(time.GetUtcNow());
        var before = _attempts.AddOrUpdate(recipient.ConversationId, 1, (_, n) => n + 1) - 1;
        var outcome = Answer(recipient.ConversationId, before);
        if (outcome is SendOutcome.Delivered)
        {
            Deliveries.AddOrUpdate(recipient.ConversationId, 1, (_, n) => n + 1);
            TellWatchers();
        }
        return Task.FromResult(outcome);
    }

    /// <summary>Completes once <paramref name="total"/> deliveries have been made, counted over all conversations.</summary>
    public Task WhenDeliveredAsync(int total)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _watchers.Add((total, done));
        TellWatchers();
        return done.Task;
    }

    private void TellWatchers()
    {
        var delivered = TotalDelivered;
        foreach (var (total, done) in _watchers)
        {
            if (delivered >= total)
                done.TrySetResult();
        }
    }

    public int AttemptsAt(string conversationId) => _attempts.GetValueOrDefault(conversationId);
}
