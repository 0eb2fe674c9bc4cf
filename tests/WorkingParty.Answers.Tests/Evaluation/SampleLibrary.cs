using WorkingParty.Minutes.Extraction;
using WorkingParty.Minutes.Model;
using WorkingParty.Minutes.Reading;

namespace WorkingParty.Answers.Tests.Evaluation;

/// <summary>The project's sample minutes (copied next to the tests), read by the real minutes parser.</summary>
internal static class SampleLibrary
{
    private static readonly DateOnly NoFallback = new(2000, 1, 1);

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "SampleMinutes");

    public static IReadOnlyList<Meeting> Meetings { get; } = Directory.GetFiles(Folder, "*.txt")
        .Order(StringComparer.Ordinal)
        .Select(file => MinutesParser.Default.Parse(File.ReadAllText(file), Path.GetFileName(file), IngestOptions.None, NoFallback).Meeting
            ?? throw new InvalidOperationException($"The sample {file} was rejected by the parser."))
        .ToList();
}
