using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using WorkingParty.Minutes.Extraction;
using WorkingParty.Minutes.Reading;
using WorkingParty.Testing.Corpus;

namespace WorkingParty.Benchmarks;

/// <summary>
/// Parse time of the seed minutes and of a 1 MB generated document, each against a floor measured on the same text:
/// splitting it into lines and scanning them with one date regex.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public partial class MinutesParseBenchmarks
{
    private static readonly DateOnly Fallback = new(2000, 1, 1);
    private string _seed = "";
    private string _large = "";

    [GlobalSetup]
    public void Load()
    {
        _seed = File.ReadAllText(Path.Combine(RepositoryRoot(), "samples", "minutes", "minutes-hwp-cyber-2017-03.txt"));
        _large = new MinutesCorpus(2017).LargeDocument(1_000_000);
    }

    [Benchmark(Baseline = true), BenchmarkCategory("Seed")]
    public int FloorSeed() => Floor(_seed);

    [Benchmark, BenchmarkCategory("Seed")]
    public object? ParseSeed() => MinutesParser.Default.Parse(_seed, "seed.txt", IngestOptions.None, Fallback).Meeting;

    [Benchmark(Baseline = true), BenchmarkCategory("1 MB")]
    public int FloorLarge() => Floor(_large);

    [Benchmark, BenchmarkCategory("1 MB")]
    public object? ParseLarge() => MinutesParser.Default.Parse(_large, "large.txt", IngestOptions.None, Fallback).Meeting;

    private static int Floor(string text)
    {
        var found = 0;
        foreach (var line in text.Split('\n'))
        {
            found += DayMonth().Count(line);
        }

        return found;
    }

    [GeneratedRegex(@"\b\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December)\b")]
    private static partial Regex DayMonth();

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Bot.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Bot.sln not found above " + AppContext.BaseDirectory);
    }
}
