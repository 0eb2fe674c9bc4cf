using WorkingParty.Minutes.Reading;
using WorkingParty.Minutes.Storage;
using WorkingParty.Minutes.Tests.Samples;
using WorkingParty.Storage;

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
        var ingester = new MinutesFolderIngester(new MinutesReader(), _repository);

        var report = await ingester.IngestAsync(folder);

        var samples = Directory.EnumerateFiles(SampleMinutes.Folder, "*.txt").Count();
        Assert.Equal(samples, report.Stored.Count);
        Assert.Equal(
            [("empty.txt", RejectionReason.Empty), ("letter.txt", RejectionReason.NotMinutes), ("notes.md", RejectionReason.UnsupportedType)],
            report.Rejected.Select(r => (Path.GetFileName(r.File), r.Reason)));
        Assert.Equal(report.Stored.Select(m => m.Id).Order(StringComparer.Ordinal),
            await _repository.ListAsync().Select(m => m.Id).ToListAsync());
    }
}
