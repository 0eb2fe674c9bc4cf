using System.Collections.Concurrent;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using WorkingParty.Bot.Hosting;

namespace WorkingParty.Bot.Tests.Turns;

/// <summary>The typing indicator on a pinned clock: when it starts, how often it repeats, and that it never outlives the answer.</summary>
public sealed class TypingIndicatorMiddlewareTests
{
    private static readonly TimeSpan Delay = TimeSpan.FromMilliseconds(400);
    private static readonly TimeSpan Period = TimeSpan.FromSeconds(2);
    private readonly TimerSignallingClock _time = new();
    private readonly RecordingAdapter _adapter;

    public TypingIndicatorMiddlewareTests()
    {
        _adapter = new RecordingAdapter();
        _adapter.Use(new TypingIndicatorMiddleware(Delay, Period, _time, NullLogger.Instance));
    }

    [Fact]
    public async Task A_quick_answer_is_sent_without_typing()
    {
        await _adapter.RunAsync(ActivityTypes.Message, (turn, ct) => turn.SendActivityAsync("Here it is.", cancellationToken: ct));
        _time.Advance(Period * 3);

        Assert.Equal([ActivityTypes.Message], _adapter.SentTypes);
    }

    [Fact]
    public async Task A_slow_answer_is_preceded_by_typing_repeated_until_the_answer_is_sent()
    {
        var answerReady = new TaskCompletionSource();
        var afterAnswer = new TaskCompletionSource();
        var turn = _adapter.RunAsync(ActivityTypes.Message, async (context, ct) =>
        {
            await answerReady.Task;
            await context.SendActivityAsync("Here it is.", cancellationToken: ct);
            await afterAnswer.Task;
        });

        _time.Advance(Delay);
        await _adapter.WaitUntilSentAsync(1);
        // Moved on only once the indicator waits for its next turn: moved before, the clock would pass a wait not yet begun.
        await _time.WaitUntilTimersMadeAsync(2);
        _time.Advance(Period);
        await _adapter.WaitUntilSentAsync(2);
        answerReady.SetResult();
        await _adapter.WaitUntilSentAsync(3);
        _time.Advance(Period * 3);
        afterAnswer.SetResult();
        await turn;

        Assert.Equal([ActivityTypes.Typing, ActivityTypes.Typing, ActivityTypes.Message], _adapter.SentTypes);
    }

    [Fact]
    public async Task A_failing_turn_fails_with_its_own_exception_and_typing_stops()
    {
        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => _adapter.RunAsync(ActivityTypes.Message, async (_, _) =>
        {
            _time.Advance(Delay);
            await _adapter.WaitUntilSentAsync(1);
            throw new InvalidOperationException("the answer could not be composed");
        }));
        _time.Advance(Period * 3);

        Assert.Equal("the answer could not be composed", failure.Message);
        Assert.Equal([ActivityTypes.Typing], _adapter.SentTypes);
    }

    [Fact]
    public async Task Activities_other_than_messages_get_no_typing()
    {
        var done = new TaskCompletionSource();
        var turn = _adapter.RunAsync(ActivityTypes.InstallationUpdate, (_, _) => done.Task);
        _time.Advance(Period * 3);
        done.SetResult();
        await turn;

        Assert.Empty(_adapter.SentTypes);
    }

    [Fact]
    public async Task A_typing_indicator_that_cannot_be_sent_does_not_fail_the_answer()
    {
        _adapter.FailTyping = true;
        var answerReady = new TaskCompletionSource();
        var turn = _adapter.RunAsync(ActivityTypes.Message, async (context, ct) =>
        {
            await answerReady.Task;
            await context.SendActivityAsync("Here it is.", cancellationToken: ct);
        });

        _time.Advance(Delay);
        await _adapter.WaitUntilAttemptedAsync(1);
        answerReady.SetResult();
        await turn;

        Assert.Equal([ActivityTypes.Message], _adapter.SentTypes);
    }

    private sealed class RecordingAdapter : BotAdapter
    {
        private readonly ConcurrentQueue<string> _sent = new();
        private int _attempts;
        private TaskCompletionSource _sendAttempted = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public bool FailTyping { get; set; }

        public IReadOnlyList<string> SentTypes => [.. _sent];

        public async Task RunAsync(string type, BotCallbackHandler bot)
        {
            var activity = new Activity(type) { Conversation = new ConversationAccount(id: "a:chat"), ChannelId = "msteams" };
            using var turn = new TurnContext(this, activity);
            await RunPipelineAsync(turn, bot, CancellationToken.None);
        }

        public Task WaitUntilSentAsync(int count) => WaitUntilAsync(() => _sent.Count >= count);

        public Task WaitUntilAttemptedAsync(int count) => WaitUntilAsync(() => Volatile.Read(ref _attempts) >= count);

        public override Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
        {
            try
            {
                foreach (var activity in activities)
                {
                    Interlocked.Increment(ref _attempts);
                    if (FailTyping && activity.Type == ActivityTypes.Typing)
                    {
                        throw new HttpRequestException("the connector is unreachable");
                    }

                    _sent.Enqueue(activity.Type);
                }
            }
            finally
            {
                Interlocked.Exchange(ref _sendAttempted, new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
            }

            return Task.FromResult(activities.Select(_ => new ResourceResponse("1")).ToArray());
        }

        public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        /// <summary>Waits for <paramref name="done"/>, looking again each time the adapter is asked to send something.</summary>
        private async Task WaitUntilAsync(Func<bool> done)
        {
            using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            while (true)
            {
                var next = Volatile.Read(ref _sendAttempted).Task;
                if (done())
                {
                    return;
                }

                await next.WaitAsync(patience.Token);
            }
        }
    }

    /// <summary>A fake clock that tells when a timer is made on it (a <c>Task.Delay</c> begun on it), so a test moves it past a wait that has begun.</summary>
    private sealed class TimerSignallingClock : FakeTimeProvider
    {
        private int _made;
        private TaskCompletionSource _timerMade = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            var timer = base.CreateTimer(callback, state, dueTime, period);
            Interlocked.Increment(ref _made);
            Interlocked.Exchange(ref _timerMade, new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
            return timer;
        }

        public async Task WaitUntilTimersMadeAsync(int count)
        {
            using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            while (true)
            {
                var next = Volatile.Read(ref _timerMade).Task;
                if (Volatile.Read(ref _made) >= count)
                {
                    return;
                }

                await next.WaitAsync(patience.Token);
            }
        }
    }
}
