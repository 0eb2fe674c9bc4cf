using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;

namespace WorkingParty.LoadTest.Turns;

/// <summary>
/// Simulated delegates: each turn POSTs a Teams message to the bot's /api/messages and waits for the bot's reply to
/// reach the <see cref="ReplyConnector"/>. Either as many delegates as asked, each sending its next question as soon as
/// it has its answer (the peak), or turns started at a fixed rate whatever the answers do (an open load).
/// </summary>
public sealed class TurnDriver(HttpClient http, Uri messagesUrl, ReplyConnector connector)
{
    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(10);
    private static readonly MediaTypeHeaderValue Json = new("application/json");
    private long _sequence;

    public async Task<TurnRun> ClosedLoopAsync(int delegates, TimeSpan duration)
    {
        var outcomes = new ConcurrentBag<TurnOutcome>();
        var started = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(1, delegates).Select(async delegateNumber =>
        {
            while (Stopwatch.GetElapsedTime(started) < duration)
                outcomes.Add(await TurnAsync(delegateNumber));
        }));
        return new TurnRun(outcomes, Stopwatch.GetElapsedTime(started));
    }

    public async Task<TurnRun> FixedRateAsync(double turnsPerSecond, TimeSpan duration, int delegates)
    {
        var count = (int)(turnsPerSecond * duration.TotalSeconds);
        var turns = new List<Task<TurnOutcome>>(count);
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < count; i++)
        {
            var due = TimeSpan.FromSeconds(i / turnsPerSecond) - Stopwatch.GetElapsedTime(started);
            if (due > TimeSpan.FromMilliseconds(1))
                await Task.Delay(due);
            turns.Add(TurnAsync(1 + i % delegates));
        }

        var outcomes = await Task.WhenAll(turns);
        return new TurnRun(outcomes, Stopwatch.GetElapsedTime(started));
    }

    /// <summary>One question of the mix from one delegate, timed from the request to the reply.</summary>
    public async Task<TurnOutcome> TurnAsync(int delegateNumber)
    {
        var sequence = Interlocked.Increment(ref _sequence);
        return await SendAsync($"turn-{sequence}", delegateNumber, QuestionMix.Question(sequence));
    }

    /// <summary>One given question from delegate 1, with the plain-text summary of the reply when it was answered.</summary>
    public async Task<(TurnOutcome Outcome, string? Summary)> AskAsync(string question)
    {
        var activityId = $"turn-{Interlocked.Increment(ref _sequence)}";
        connector.ExpectSummary(activityId);
        var outcome = await SendAsync(activityId, 1, question);
        return (outcome, connector.TakeSummary(activityId));
    }

    private async Task<TurnOutcome> SendAsync(string activityId, int delegateNumber, string question)
    {
        var body = TeamsMessage.Json(activityId, delegateNumber, question, connector.ServiceUrl);
        var reply = connector.Expect(activityId);
        var sent = Stopwatch.GetTimestamp();
        try
        {
            using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
            content.Headers.ContentType = Json;
            using var response = await http.PostAsync(messagesUrl, content);
            if (!response.IsSuccessStatusCode)
            {
                connector.Forget(activityId);
                return new TurnOutcome(TurnResult.Rejected, TimeSpan.Zero);
            }

            var arrived = await reply.WaitAsync(ReplyTimeout);
            return new TurnOutcome(TurnResult.Answered, Stopwatch.GetElapsedTime(sent, arrived));
        }
        catch (HttpRequestException e) when (e.InnerException is SocketException)
        {
            connector.Forget(activityId);
            return new TurnOutcome(TurnResult.Unreachable, TimeSpan.Zero);
        }
        catch (TimeoutException)
        {
            connector.Forget(activityId);
            return new TurnOutcome(TurnResult.Lost, TimeSpan.Zero);
        }
    }
}
