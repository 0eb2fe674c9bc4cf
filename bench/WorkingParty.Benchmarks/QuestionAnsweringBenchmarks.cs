using BenchmarkDotNet.Attributes;
using WorkingParty.Answers;
using WorkingParty.Answers.Schedule;

namespace WorkingParty.Benchmarks;

/// <summary>
/// Answering one question of each kind over 200 generated meetings (parsed and indexed once in setup), the load test's
/// mix among them: next meeting, deadlines (all, by topic), item by number, item by topic, search.
/// </summary>
[MemoryDiagnoser]
public class QuestionAnsweringBenchmarks
{
    private static readonly DateOnly Today = new(2019, 6, 1);
    private QuestionAnswerer _answerer = null!;

    [Params(
        "when is the next meeting?",
        "what deadlines are open?",
        "when are comments on the draft conclusions due?",
        "when are comments on data retention due?",
        "item 3",
        "agenda of the last meeting",
        "what did the Hungarian delegation say?",
        "what was said about firearms trafficking?",
        "encryption and lawful access",
        "risk of fragmentation",
        "who stressed the lack of resources at national level?",
        "who won the football match?")]
    public string Question { get; set; } = "";

    [GlobalSetup]
    public void Load() => _answerer = new QuestionAnswerer(ParsedCorpus.Meetings(200), new NoScheduleChanges());

    [Benchmark]
    public object Answer() => _answerer.Answer(Question, Today);
}
