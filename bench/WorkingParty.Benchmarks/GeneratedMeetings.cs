using WorkingParty.Corpus;
using WorkingParty.Minutes.Extraction;
using WorkingParty.Minutes.Model;
using WorkingParty.Minutes.Reading;

namespace WorkingParty.Benchmarks;

/// <summary>The corpus the question benchmarks answer from: <c>new MinutesCorpus(2017).Meetings(count)</c>, parsed.</summary>
internal static class GeneratedMeetings
{
    private static readonly DateOnly Fallback = new(2000, 1, 1);

    public static List<Meeting> Parse(int count) =>
        new MinutesCorpus(2017).Meetings(count)
            .Select(m => MinutesParser.Default.Parse(m.Text, m.FileName, IngestOptions.None, Fallback).Meeting
                ?? throw new InvalidOperationException($"{m.FileName} was rejected"))
            .ToList();
}
