using BenchmarkDotNet.Attributes;
using WorkingParty.Answers;
using WorkingParty.Answers.Schedule;
using WorkingParty.Minutes.Model;

namespace WorkingParty.Benchmarks;

/// <summary>
/// Building the answerer for 200 generated meetings (issue 4: under 2 s), which is what the bot does at start-up
/// after reading the stored meetings; and parsing those 200 meetings, which it also does when it ingests the folder.
/// </summary>
[MemoryDiagnoser]
public class IndexBenchmarks
{
    private List<Meeting> _meetings = [];

    [GlobalSetup]
    public void Load() => _meetings = GeneratedMeetings.Parse(200);

    [Benchmark]
    public object BuildIndex200() => new QuestionAnswerer(_meetings, new NoScheduleChanges());

    [Benchmark]
    public int Parse200() => GeneratedMeetings.Parse(200).Count;
}
