using BenchmarkDotNet.Attributes;
using WorkingParty.Answers;
using WorkingParty.Answers.Schedule;
using WorkingParty.Cards;

namespace WorkingParty.Benchmarks;

/// <summary>
/// What a composed turn costs the bot beyond the SDK, over 200 generated meetings: the load test's 15 questions, each
/// answered and rendered once per operation (docs/benchmarks.md section 1, the "fresh" process).
/// <c>dotnet run -c Release --project bench/WorkingParty.Benchmarks -- --filter '*TurnMix*'</c>. The minimum and median
/// beside the mean: on a shared machine a neighbour's burst lengthens some iterations, never shortens one.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class TurnMixBenchmarks
{
    private readonly ReplyBuilder _replies = TurnMix.Replies();
    private QuestionAnswerer _answerer = null!;

    [GlobalSetup]
    public void Load() => _answerer = new QuestionAnswerer(ParsedCorpus.Meetings(200), new NoScheduleChanges());

    [Benchmark]
    public int FifteenTurns()
    {
        var length = 0;
        foreach (var question in TurnMix.Questions) length += TurnMix.Turn(_answerer, _replies, question);
        return length;
    }
}
