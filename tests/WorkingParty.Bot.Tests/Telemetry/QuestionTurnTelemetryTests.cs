using System.Diagnostics;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using WorkingParty.Bot.Tests.Support;
using WorkingParty.Testing;

namespace WorkingParty.Bot.Tests.Telemetry;

/// <summary>One question turn through the real endpoint and adapter, read back from OpenTelemetry's in-memory exporter.</summary>
[Collection(TelemetryCollection.Name)]
public sealed class QuestionTurnTelemetryTests : IAsyncLifetime
{
    private readonly List<Activity> _spans = [];
    private readonly List<MetricSnapshot> _metrics = [];
    private FakeBotConnector _connector = null!;
    private BotFactory _bot = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeBotConnector.StartAsync();
        _bot = new BotFactory(new Dictionary<string, string?>(), services => services
            .ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(_spans))
            .ConfigureOpenTelemetryMeterProvider(metrics => metrics.AddInMemoryExporter(_metrics)));
        using var ready = await _bot.CreateClient().GetAsync("/health/ready");
        ready.EnsureSuccessStatusCode();
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task A_question_turn_is_one_trace_from_the_request_to_the_reply_with_its_intent_and_outcome()
    {
        var trace = await AskAsync("when is the next meeting?");

        var turn = Assert.Single(trace, span => span.Source.Name == "WorkingParty.Bot");
        Assert.Equal("turn message", turn.DisplayName);
        Assert.Equal(("message", "msteams", "personal"),
            ((string?)turn.GetTagItem("workingparty.activity_type"), (string?)turn.GetTagItem("workingparty.channel"), (string?)turn.GetTagItem("workingparty.conversation_type")));
        // Typing indicators count as sent (a slow turn sends one), never as messages: the answer is the one message.
        Assert.True((int)turn.GetTagItem("workingparty.sent")! >= 1);
        Assert.Equal(1, (int)turn.GetTagItem("workingparty.messages")!);

        var answer = Assert.Single(trace, span => span.Source.Name == "WorkingParty.Answers");
        Assert.Equal(turn.SpanId, answer.ParentSpanId);
        Assert.Equal(("NextMeeting", "answered"), ((string?)answer.GetTagItem("workingparty.intent"), (string?)answer.GetTagItem("workingparty.outcome")));
        Assert.DoesNotContain(answer.TagObjects, tag => tag.Value is string text && text.Contains("next meeting", StringComparison.OrdinalIgnoreCase));

        var reply = Assert.Single(trace, span => span.Kind == ActivityKind.Client && span.ParentSpanId == turn.SpanId && (string?)span.GetTagItem("http.request.method") == "POST");
        Assert.StartsWith(_connector.ServiceUrl, (string?)reply.GetTagItem("url.full"));
    }

    [Fact]
    public async Task A_question_turn_is_counted_and_timed_by_intent_and_outcome()
    {
        await AskAsync("what deadlines are open?");
        _bot.Services.GetRequiredService<MeterProvider>().ForceFlush();

        var questions = Assert.Single(Points("workingparty.questions"));
        Assert.Equal(("Deadlines", "answered"), (Tag(questions, "workingparty.intent"), Tag(questions, "workingparty.outcome")));
        Assert.Equal(1, questions.GetSumLong());
        Assert.Equal(1, Assert.Single(Points("workingparty.answer.duration")).GetHistogramCount());
        var turn = Assert.Single(Points("workingparty.turns"), point => Tag(point, "workingparty.activity_type") == "message");
        Assert.Equal(("msteams", "ok", 1L), (Tag(turn, "workingparty.channel"), Tag(turn, "workingparty.outcome"), turn.GetSumLong()));
        Assert.Equal(1, Assert.Single(Points("workingparty.turn.duration"), point => Tag(point, "workingparty.activity_type") == "message").GetHistogramCount());
    }

    /// <summary>Posts the question under a trace of the test's own (as a channel's traceparent would) and returns that trace's spans.</summary>
    private async Task<IReadOnlyList<Activity>> AskAsync(string question)
    {
        var traceId = ActivityTraceId.CreateRandom();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(TeamsActivities.PersonalMessage(question, _connector.ServiceUrl).ToString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");

        using var response = await _bot.CreateClient().SendAsync(request);
        response.EnsureSuccessStatusCode();
        await _connector.WaitForAsync(1);
        return _spans.Where(span => span.TraceId == traceId).ToList();
    }

    /// <summary>The metric's points in the latest export (each export holds every metric's running totals).</summary>
    private IReadOnlyList<MetricPoint> Points(string metric)
    {
        var snapshot = _metrics.LastOrDefault(m => m.Name == metric) ?? throw new InvalidOperationException($"No metric {metric} was exported.");
        return snapshot.MetricPoints;
    }

    private static string? Tag(MetricPoint point, string key)
    {
        foreach (var tag in point.Tags)
        {
            if (tag.Key == key)
                return tag.Value as string;
        }

        return null;
    }
}
