using WorkingParty.Minutes.Reading;
using WorkingParty.Minutes.Storage;
using WorkingParty.Storage;
using WorkingParty.Storage.Files;
using WorkingParty.Testing;
using WorkingParty.Testing.Corpus;

namespace WorkingParty.Minutes.Tests.Storage;

/// <summary>The folder ingester stores several files at once, apart from reading them: nothing may get lost that way.</summary>
public sealed class ConcurrentIngestionTests : IDisposable
{
    private const int Files = 60;
    private readonly string _root = Directory.CreateTempSubdirectory("minutes-ingestion-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task Files_stored_concurrently_lose_no_meeting_and_no_source_record()
    {
        var folder = GeneratedFolder();
        var store = new FileDocumentStore(Path.Combine(_root, "store"));

        var ingestion = NewIngester(store).Start(folder);
        var read = await ingestion.Read;
        var report = await ingestion.Stored;

        Assert.Equal(Files, read.Count);
        Assert.Equal(read, report.Stored);
        var repository = new MeetingRepository(store);
        // Two generated files may hold the same meeting (same body and day): either version may be the one stored.
        foreach (var meeting in read)
            Assert.Contains(MeetingJson.Serialize((await repository.GetAsync(meeting.Id))!), read.Where(m => m.Id == meeting.Id).Select(MeetingJson.Serialize));
        var again = await NewIngester(store).IngestAsync(folder);
        Assert.Empty(again.Stored);
        Assert.Equal(Files, again.Unchanged.Count);
        Assert.Equal(read.Select(m => m.Id).Order(StringComparer.Ordinal), again.Unchanged.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_meeting_that_cannot_be_stored_fails_the_ingestion_and_its_file_is_read_again_next_time()
    {
        var folder = GeneratedFolder();
        var store = new FileDocumentStore(Path.Combine(_root, "store"));
        var failing = new MinutesReader().ReadAsync(Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal).ElementAt(7), IngestOptions.None);
        var failingId = (await failing).Id;

        var ingestion = NewIngester(new DocumentStoreFailingOn("meetings/" + failingId, store)).Start(folder);

        Assert.Equal(Files, (await ingestion.Read).Count);
        await Assert.ThrowsAsync<IOException>(() => ingestion.Stored);
        var next = await NewIngester(store).IngestAsync(folder);
        Assert.Contains(failingId, next.Stored.Select(m => m.Id));
        Assert.NotNull(await new MeetingRepository(store).GetAsync(failingId));
    }

    private string GeneratedFolder()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_root, "minutes")).FullName;
        foreach (var meeting in new MinutesCorpus(2017).Meetings(Files))
            File.WriteAllText(Path.Combine(folder, meeting.FileName), meeting.Text);
        return folder;
    }

    private static MinutesFolderIngester NewIngester(IDocumentStore store) =>
        new(new MinutesReader(), new MeetingRepository(store), new MinutesSourceLog(store));
}
