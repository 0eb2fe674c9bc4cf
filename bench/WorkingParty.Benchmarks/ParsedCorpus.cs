using WorkingParty.Minutes.Extraction;
using WorkingParty.Minutes.Model;
using WorkingParty.Minutes.Reading;
using WorkingParty.Testing.Corpus;

namespace WorkingParty.Benchmarks;

/// <summary>The generated corpus's meetings, read by the minutes parser.</summary>
internal static class ParsedCorpus
{
    public static IReadOnlyList<Meeting> Meetings(int count) => new MinutesCorpus(2017).Meetings(count)
        .Select(m => MinutesParser.Default.Parse(m.Text, m.FileName, IngestOptions.None, new DateOnly(2000, 1, 1)).Meeting
            ?? throw new InvalidOperationException($"{m.FileName} was rejected"))
        .ToList();
}
