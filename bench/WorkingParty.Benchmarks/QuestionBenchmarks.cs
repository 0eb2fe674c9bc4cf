using BenchmarkDotNet.Attributes;
using WorkingParty.Answers;
using WorkingParty.Answers.Schedule;
using WorkingParty.Minutes.Model;

namespace WorkingParty.Benchmarks;

/// <summary>
/// Answering one question on 200 generated meetings (issue 4: median under 1 ms without a query embedding), one
/// question of each kind the load test asks, and building the answerer (library and full-text index) for them.
/// </summary>
[MemoryDiagnoser]
public class QuestionBenchmarks
{
    private static readonly DateOnly Today = new(2019, 6, 14);
    private List<Meeting> _meetings = [];
    private QuestionAnswerer _answerer = null!;

    [Params(
        "when is the next meeting?",
        "what deadlines are open?",
        "item 3",
        "encryption and lawful access",
        "risk of fragmentation")]
    public string Question { get; set; } = "";

    [GlobalSetup]
    public void Load()
    {
        _meetings = GeneratedMeetings.Parse(200);
        _answerer = new QuestionAnswerer(_meetings, new NoScheduleChanges());
    }

    [Benchmark]
    public object Answer() => _answerer.Answer(Question, Today);
}
