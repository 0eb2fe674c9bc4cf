using BenchmarkDotNet.Attributes;
using WorkingParty.Answers.Library;
using WorkingParty.Minutes.Model;

namespace WorkingParty.Benchmarks;

/// <summary>Building the answers' library, full-text index included, from 200 stored meeting records.</summary>
[MemoryDiagnoser]
public class AnswerLibraryBenchmarks
{
    private IReadOnlyList<Meeting> _meetings = [];

    [GlobalSetup]
    public void Load() => _meetings = ParsedCorpus.Meetings(200);

    [Benchmark]
    public MinutesLibrary Build() => MinutesLibrary.Build(_meetings);
}
