using WorkingParty.Minutes.Corrections;
using WorkingParty.Minutes.Model;
using WorkingParty.Minutes.Tests.Samples;

namespace WorkingParty.Minutes.Tests.Corrections;

/// <summary>The seed minutes as read, their facts by id, and the secretary who corrects them on 27 March 2017.</summary>
internal static class SeedCorrections
{
    public static readonly CorrectionMark Rossi = new("Maria Rossi", new DateTimeOffset(2017, 3, 27, 14, 5, 0, TimeSpan.Zero), new DateOnly(2017, 3, 27));

    public static readonly CorrectionMark Novak = new("Jana Novak", new DateTimeOffset(2017, 3, 28, 9, 0, 0, TimeSpan.Zero), new DateOnly(2017, 3, 28));

    public static Meeting Read { get; } = SampleMinutes.Parse(SampleMinutes.Seed) with { SourceDigest = "0123456789abcdef0123456789abcdef" };

    /// <summary>The id of the first date of <paramref name="kind"/> on <paramref name="date"/>.</summary>
    public static string EventId(DateOnly date, EventKind kind = EventKind.NextMeeting) =>
        FactIds.OfEvents(Read.Events)[Read.Events.ToList().FindIndex(e => e.Date == date && e.Kind == kind)];

    public static string DeadlineId(DateOnly date) =>
        FactIds.OfDeadlines(Read.Deadlines)[Read.Deadlines.ToList().FindIndex(d => d.Date == date)];

    public static CorrectionSet Edit(CorrectionSet set, params FactEdit[] edits) => Edit(set, Rossi, edits);

    public static CorrectionSet Edit(CorrectionSet set, CorrectionMark mark, params FactEdit[] edits)
    {
        var outcome = MinutesEditor.Apply(Read, set, edits, mark);
        Assert.Empty(outcome.Problems);
        return outcome.Corrections;
    }
}
