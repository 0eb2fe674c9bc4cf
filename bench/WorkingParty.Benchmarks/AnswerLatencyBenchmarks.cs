using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using WorkingParty.Answers;
using WorkingParty.Answers.Schedule;

namespace WorkingParty.Benchmarks;

/// <summary>
/// The latency of one answer, question by question, over 200 generated meetings: each iteration answers one question
/// of a mix, so the percentiles are those of single answers. "Rules" are questions a rule answers (next meeting,
/// deadlines, agenda, last meeting, minutes held, who said what in a month, a body by its initials); "Passages" are
/// those no rule answers for certain, answered with quoted passages or "I found nothing".
/// </summary>
[MemoryDiagnoser]
[Config(typeof(SingleAnswers))]
public class AnswerLatencyBenchmarks
{
    private static readonly DateOnly Today = new(2019, 6, 1);

    private static readonly string[] RuleQuestions =
    [
        "when is the next meeting?", "what deadlines are open?", "item 3", "agenda of the last meeting", "when did we last meet?",
        "which minutes do you have?", "what happened at the meeting of 14 May?", "what did the Hungarian delegation say in March?",
        "encryption and lawful access", "when is the next TWP meeting?", "when did the LEWP last meet?", "what did Cion say about data retention?",
        "open deadlines of the working party on data protection", "what did FR say about firearms trafficking?",
    ];

    private static readonly string[] PassageQuestions =
    [
        "risk of fragmentation", "who stressed the lack of resources at national level?", "what did Belgium say about critical infrastructure?",
        "did anyone talk about the role of the private sector in radicalisation?", "what did the MS say about information sharing?",
        "anything on ST 6512/18?", "who won the football match?", "was the common agricultural policy discussed?",
        "how do practitioners use joint investigation teams?", "what was said about crypto-asset providers and supervision?",
        "did the Pres. mention the COSI meeting?", "what did the Swedish delegation say about customs risk?",
        "is there an action plan on firearms?", "what about electronic evidence from third countries?",
    ];

    private QuestionAnswerer _answerer = null!;
    private int _next;

    [GlobalSetup]
    public void Load() => _answerer = new QuestionAnswerer(ParsedCorpus.Meetings(200), new NoScheduleChanges());

    [Benchmark]
    public object Rules() => _answerer.Answer(RuleQuestions[_next++ % RuleQuestions.Length], Today);

    [Benchmark]
    public object Passages() => _answerer.Answer(PassageQuestions[_next++ % PassageQuestions.Length], Today);

    /// <summary>One answer per iteration, many iterations: BenchmarkDotNet's percentiles are then those of single answers.</summary>
    private sealed class SingleAnswers : ManualConfig
    {
        public SingleAnswers()
        {
            AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(140).WithIterationCount(1400)
                .WithInvocationCount(1).WithUnrollFactor(1));
            AddColumn(StatisticColumn.P50, StatisticColumn.P95, new PercentileColumn(99), StatisticColumn.Max);
        }
    }
}
