using WorkingParty.Minutes.Corrections;
using WorkingParty.Minutes.Publication;
using WorkingParty.Storage;
using WorkingParty.Storage.Azure;
using WorkingParty.Storage.Azure.Blobs;
using WorkingParty.Storage.Files;
using WorkingParty.Testing;
using static WorkingParty.Minutes.Tests.Corrections.SeedCorrections;

namespace WorkingParty.Minutes.Tests.Publication;

/// <summary>Who published minutes, and whether they are withdrawn or replaced, kept beside them on the file store and on Azurite.</summary>
public sealed class MinutesPublicationsTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("wp-publications-").FullName;
    private readonly string _container = "publications-" + Guid.NewGuid().ToString("N");

    public static TheoryData<string> Stores => ["file", "azurite"];

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Withdrawn_and_replaced_minutes_are_left_out_of_what_is_answered_and_restored_ones_come_back(string kind)
    {
        var store = Open(kind);
        var publications = new MinutesPublications(store);
        var source = MeetingSource.IdOf(Read);
        var overlay = new MinutesOverlay(new MinutesCorrections(store), new MinutesPublications(Open(kind)));
        await publications.RecordPublishedAsync(source, Rossi);

        var (before, after) = await publications.WithdrawAsync(source, Novak);
        var again = await publications.WithdrawAsync(source, Rossi);
        var whileWithdrawn = await overlay.AnswerableAsync([Read]);
        await publications.RestoreAsync(source, Rossi);
        var restored = await overlay.AnswerableAsync([Read]);
        await publications.SupersedeAsync(source, Novak);

        Assert.Equal((null, Novak), (before.Withdrawn, after.Withdrawn));
        Assert.Equal(Novak, again.After.Withdrawn);
        Assert.Empty(whileWithdrawn);
        Assert.Single(restored);
        Assert.Empty(await overlay.AnswerableAsync([Read]));
        var stored = Assert.Single(await overlay.ApplyAsync([Read]));
        Assert.Equal((Rossi, Novak, Rossi), (stored.Publication.Published, stored.Publication.Superseded, stored.Publication.Restored));
    }

    [Fact]
    public async Task Minutes_never_published_from_Teams_came_from_the_folder_and_are_answered_from()
    {
        Assert.Same(MinutesPublication.FromFolder, await new MinutesPublications(Open("file")).GetAsync("nothing"));
        Assert.True(MinutesPublication.FromFolder.IsAnswerable);
    }

    private IDocumentStore Open(string kind) => kind == "file" ? new FileDocumentStore(_folder) : new BlobDocumentStore(azurite.ConnectionString, _container);

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
