using WorkingParty.Minutes.Reading;
using WorkingParty.Minutes.Storage;
using WorkingParty.Minutes.Tests.Samples;
using WorkingParty.Storage;
using WorkingParty.Storage.Files;

namespace WorkingParty.Minutes.Tests.Storage;

public sealed class MeetingRepositoryTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("minutes-store-").FullName;
    private readonly MeetingRepository _repository;

    public MeetingRepositoryTests() => _repository = new MeetingRepository(new FileDocumentStore(Path.Combine(_root, "store")));

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task Saves_gets_replaces_and_lists_meetings()
    {
        var seed = SampleMinutes.Parse(SampleMinutes.Seed);
        await _repository.SaveAsync(seed);
        await _repository.SaveAsync(seed with { Title = "Corrected title" });

        var stored = await _repository.GetAsync(seed.Id);
        Assert.Equal("Corrected title", stored!.Title);
        Assert.Equal(MeetingJson.Serialize(seed with { Title = "Corrected title" }), MeetingJson.Serialize(stored));
        Assert.Null(await _repository.GetAsync("2017-01-01-nothing"));
        Assert.Equal([seed.Id], await _repository.ListAsync().Select(m => m.Id).ToListAsync());
    }

    [Fact]
    public async Task The_folder_ingester_stores_every_minutes_file_and_reports_the_rest()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_root, "minutes")).FullName;
        foreach (var sample in Directory.EnumerateFiles(SampleMinutes.Folder, "*.txt"))
        {
            File.Copy(sample, Path.Combine(folder, Path.GetFileName(sample)));
        }

        File.WriteAllText(Path.Combine(folder, "empty.txt"), "");
        File.WriteAllText(Path.Combine(folder, "notes.md"), "# notes");
        File.WriteAllText(Path.Combine(folder, "letter.txt"), "Dear colleagues, see you soon.");
        var ingester = NewIngester();

        var report = await ingester.IngestAsync(folder);

        var samples = Directory.EnumerateFiles(SampleMinutes.Folder, "*.txt").Count();
        Assert.Equal(samples, report.Stored.Count);
        Assert.Equal(
            [("empty.txt", RejectionReason.Empty), ("letter.txt", RejectionReason.NotMinutes), ("notes.md", RejectionReason.UnsupportedType)],
            report.Rejected.Select(r => (Path.GetFileName(r.File), r.Reason)));
        Assert.Equal(report.Stored.Select(m => m.Id).Order(StringComparer.Ordinal),
            await _repository.ListAsync().Select(m => m.Id).ToListAsync());
    }

    [Fact]
    public async Task A_second_ingestion_skips_unchanged_files_and_reads_changed_and_replaced_ones_again()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_root, "minutes")).FullName;
        var seedFile = Path.Combine(folder, SampleMinutes.Seed);
        File.Copy(SampleMinutes.PathOf(SampleMinutes.Seed), seedFile);
        var other = Directory.EnumerateFiles(SampleMinutes.Folder, "*.txt").First(f => Path.GetFileName(f) != SampleMinutes.Seed);
        var otherFile = Path.Combine(folder, Path.GetFileName(other));
        File.Copy(other, otherFile);
        var first = await NewIngester().IngestAsync(folder);
        var seedId = first.Stored.Single(m => m.SourceFile == SampleMinutes.Seed).Id;
        var otherId = first.Stored.Single(m => m.Id != seedId).Id;

        var unchanged = await NewIngester().IngestAsync(folder);
        Assert.Empty(unchanged.Stored);
        Assert.Equal(new[] { seedId, otherId }.Order(StringComparer.Ordinal), unchanged.Unchanged.Order(StringComparer.Ordinal));

        var lastWrite = File.GetLastWriteTimeUtc(seedFile);
        File.WriteAllText(seedFile, File.ReadAllText(seedFile).Replace("Cooperation Group kick-off", "Cooperation Group launch"));
        File.SetLastWriteTimeUtc(seedFile, lastWrite);
        var temp = Path.Combine(_root, "replacement.txt");
        File.Copy(seedFile, temp);
        File.Move(temp, otherFile, overwrite: true);
        var changed = await NewIngester().IngestAsync(folder);

        Assert.Empty(changed.Unchanged);
        Assert.Equal(new[] { seedId, otherId }.Order(StringComparer.Ordinal), changed.Stored.Select(m => m.Id).Order(StringComparer.Ordinal));
        Assert.Contains("Cooperation Group launch", MeetingJson.Serialize((await _repository.GetAsync(seedId))!));
        Assert.Contains("Cooperation Group launch", MeetingJson.Serialize((await _repository.GetAsync(otherId))!));
    }

    [Fact]
    public async Task A_file_whose_meeting_was_removed_from_the_store_is_read_again()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_root, "minutes")).FullName;
        File.Copy(SampleMinutes.PathOf(SampleMinutes.Seed), Path.Combine(folder, SampleMinutes.Seed));
        var store = new FileDocumentStore(Path.Combine(_root, "store"));
        var seedId = (await NewIngester().IngestAsync(folder)).Stored.Single().Id;
        Assert.True(await store.DeleteAsync("meetings/" + seedId));

        var report = await NewIngester().IngestAsync(folder);

        Assert.Equal([seedId], report.Stored.Select(m => m.Id));
        Assert.NotNull(await _repository.GetAsync(seedId));
    }

    private MinutesFolderIngester NewIngester()
    {
        var store = new FileDocumentStore(Path.Combine(_root, "store"));
        return new MinutesFolderIngester(new MinutesReader(), new MeetingRepository(store), new MinutesSourceLog(store));
    }
}
