using WorkingParty.Minutes.Corrections;
using WorkingParty.Minutes.Model;
using WorkingParty.Storage;
using WorkingParty.Storage.Azure;
using WorkingParty.Storage.Azure.Blobs;
using WorkingParty.Storage.Files;
using WorkingParty.Testing;
using static WorkingParty.Minutes.Tests.Corrections.SeedCorrections;

namespace WorkingParty.Minutes.Tests.Corrections;

/// <summary>Corrections kept in the document store: the file store (the default) and Azure Blob Storage (on Azurite).</summary>
public sealed class MinutesCorrectionsStoreTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("wp-corrections-").FullName;
    private readonly string _container = "corrections-" + Guid.NewGuid().ToString("N");

    public static TheoryData<string> Stores => ["file", "azurite"];

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Every_kind_of_correction_is_kept_with_who_and_when_and_read_back_by_a_new_instance(string kind)
    {
        var store = Open(kind);
        var set = Edit(CorrectionSet.Empty,
            new SetMeetingDate(new(2017, 3, 16)), new SetBody("HWPCI"), new SetDocumentNumber("7423/17"), new SetItemTitle(7, "UN expert group"),
            new SetEvent(EventId(new(2017, 4, 19)), new EventValue(new(2017, 4, 20), EventKind.NextMeeting, "Next meeting", 2)),
            new SetDeadline(DeadlineId(new(2017, 3, 29)), null),
            new AddEvent(new EventValue(new(2017, 6, 7), EventKind.Workshop, "Workshop", 10)),
            new AddDeadline(new DeadlineValue(new(2017, 4, 10), "Comments", "Delegations", 10, ["6142/17"])));
        var source = MeetingSource.IdOf(Read);

        await new MinutesCorrections(store).SaveAsync(source, _ => set);
        var again = await new MinutesCorrections(Open(kind)).GetAsync(source);

        Assert.Equal(8, again.Count);
        Assert.Equal(set.Corrections.Select(c => (c.FactKey(), c.ValueRead(), c.ValueNow(), c.Mark)), again.Corrections.Select(c => (c.FactKey(), c.ValueRead(), c.ValueNow(), c.Mark)));
        Assert.Equal(MinutesJsonOf(CorrectionOverlay.Apply(Read, set).Meeting), MinutesJsonOf(CorrectionOverlay.Apply(Read, again).Meeting));
        Assert.Equal([source], await new MinutesCorrections(store).ListAsync().Select(s => s.SourceId).ToListAsync());
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Two_secretaries_correcting_at_once_both_keep_their_correction(string kind)
    {
        var corrections = new MinutesCorrections(Open(kind));
        var source = MeetingSource.IdOf(Read);

        await Task.WhenAll(
            corrections.SaveAsync(source, set => Edit(set, new SetBody("HWPCI"))),
            new MinutesCorrections(Open(kind)).SaveAsync(source, set => Edit(set, Novak, new SetItemTitle(7, "UN expert group"))));

        Assert.Equal(["body", "item-title/7"], (await corrections.GetAsync(source)).Corrections.Select(c => c.FactKey()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Minutes_without_corrections_have_the_empty_set()
    {
        Assert.Same(CorrectionSet.Empty, await new MinutesCorrections(Open("file")).GetAsync("nothing-here"));
    }

    /// <summary>A new instance over the test's folder or container, as another process or a restart opens it.</summary>
    private IDocumentStore Open(string kind) => kind == "file" ? new FileDocumentStore(_folder) : new BlobDocumentStore(azurite.ConnectionString, _container);

    private static string MinutesJsonOf(Meeting meeting) => WorkingParty.Minutes.Storage.MeetingJson.Serialize(meeting);

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
