using BenchmarkDotNet.Attributes;
using WorkingParty.Answers;
using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;
using WorkingParty.Cards;
using WorkingParty.Cards.AdaptiveCards;

namespace WorkingParty.Benchmarks;

/// <summary>
/// What a reply costs besides answering, for the load test's question mix over 200 generated meetings: the answer's card
/// built (fitted under the payload limit), serialised as sent, and its plain-text twin; against answering the question
/// (the baseline), measured in the same run.
/// </summary>
[MemoryDiagnoser]
public class ReplyRenderingBenchmarks
{
    private static readonly DateOnly Today = new(2019, 6, 14);
    private readonly ReplyBuilder _replies = new(new Uri("https://bot.example.org"), TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels"));
    private QuestionAnswerer _answerer = null!;
    private Answer _answer = null!;

    [Params("when is the next meeting?", "what deadlines are open?", "item 3", "encryption and lawful access", "risk of fragmentation")]
    public string Question { get; set; } = "";

    [GlobalSetup]
    public void Load()
    {
        _answerer = new QuestionAnswerer(ParsedCorpus.Meetings(200), new NoScheduleChanges());
        _answer = _answerer.Answer(Question, Today);
    }

    [Benchmark(Baseline = true)]
    public object Answer() => _answerer.Answer(Question, Today);

    [Benchmark]
    public int Render()
    {
        var reply = _replies.Build(_answer, Question);
        return CardJson.Serialize(reply.Card).Length + reply.Text.Length;
    }
}
