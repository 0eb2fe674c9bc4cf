using WorkingParty.Minutes.Corrections;
using WorkingParty.Minutes.Model;
using WorkingParty.Minutes.Publication;
using WorkingParty.Minutes.Reading;
using WorkingParty.Minutes.Storage;
using WorkingParty.Minutes.Tests.Samples;
using WorkingParty.Storage;
using WorkingParty.Storage.Files;

namespace WorkingParty.Minutes.Tests.Corrections;

/// <summary>Stored minutes are read again from their files (new reader rules, a touched file): their corrections still apply.</summary>
public sealed class CorrectionsAfterReReadTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("wp-reread-").FullName;

    [Fact]
    public async Task A_file_read_again_finds_its_corrections_kept_beside_the_record_which_stays_as_read()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_root, "minutes")).FullName;
        var file = Path.Combine(folder, SampleMinutes.Seed);
        File.Copy(SampleMinutes.PathOf(SampleMinutes.Seed), file);
        var store = new FileDocumentStore(Path.Combine(_root, "store"));
        var read = Assert.Single((await Ingester(store).IngestAsync(folder)).Stored);
        var april19 = FactIds.OfEvents(read.Events)[read.Events.ToList().FindIndex(e => e.Date == new DateOnly(2017, 4, 19))];
        await new MinutesCorrections(store).SaveAsync(MeetingSource.IdOf(read), set => MinutesEditor.Apply(read, set,
            [new SetEvent(april19, new EventValue(new(2017, 4, 20), EventKind.NextMeeting, "Next meeting", 2))], SeedCorrections.Rossi).Corrections);

        File.SetLastWriteTimeUtc(file, File.GetLastWriteTimeUtc(file).AddDays(-3));
        var again = await Ingester(store).IngestAsync(folder);
        var stored = await new MeetingRepository(store).ListAsync().ToListAsync();
        var answered = await new MinutesOverlay(new MinutesCorrections(store), new MinutesPublications(store)).AnswerableAsync(stored);

        Assert.Single(again.Stored);
        Assert.Contains(Assert.Single(stored).Events, e => e.Date == new DateOnly(2017, 4, 19));
        var corrected = Assert.Single(answered).Corrected;
        Assert.Empty(corrected.Unmatched);
        Assert.Contains(corrected.Meeting.Events, e => e.Date == new DateOnly(2017, 4, 20) && e.Corrected == SeedCorrections.Rossi);
        Assert.DoesNotContain(corrected.Meeting.Events, e => e.Date == new DateOnly(2017, 4, 19));
    }

    private static MinutesFolderIngester Ingester(IDocumentStore store) =>
        new(new MinutesReader(), new MeetingRepository(store), new MinutesSourceLog(store));

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
