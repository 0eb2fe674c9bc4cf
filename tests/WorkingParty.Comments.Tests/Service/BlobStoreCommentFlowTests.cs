using WorkingParty.Comments;
using WorkingParty.Comments.Service;
using WorkingParty.Comments.Tests.Support;
using WorkingParty.Storage.Azure;
using WorkingParty.Storage.Azure.Blobs;
using WorkingParty.Testing;

namespace WorkingParty.Comments.Tests.Service;

public sealed class BlobStoreCommentFlowTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task Submit_repeat_edit_race_and_list_work_on_blob_storage()
    {
        var container = "comments-" + Guid.NewGuid().ToString("N");
        var scenario = new CommentScenario(new BlobDocumentStore(azurite.ConnectionString, container));
        var deadline = CommentScenario.Item9.Id;

        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => scenario.SubmitAsync("<i>From Azure</i>", "activity-7")));
        var first = Assert.IsType<CommentResult.Accepted>(results[0]);
        Assert.All(results, r => Assert.Equal(first.Comment.Id, Assert.IsType<CommentResult.Accepted>(r).Comment.Id));

        var edits = await Task.WhenAll(
            scenario.Service.EditAsync(deadline, first.Comment.Id, CommentScenario.Jana, "Edit A", first.ETag),
            scenario.NewService().EditAsync(deadline, first.Comment.Id, CommentScenario.Jana, "Edit B", first.ETag));
        var winner = Assert.Single(edits.OfType<CommentResult.Accepted>());
        Assert.Equal(winner.ETag, Assert.Single(edits.OfType<CommentResult.Conflict>()).ETag);

        var restarted = new CommentScenario(new BlobDocumentStore(azurite.ConnectionString, container)).NewService();
        var listed = Assert.Single(await restarted.ListForDeadlineAsync(deadline));
        Assert.Equal(["<i>From Azure</i>", winner.Comment.Text], listed.Value.Versions.Select(v => v.Text));
        Assert.Equal("CZ", (await restarted.Roster.StandingOfAsync(CommentScenario.Jana.UserId))?.Delegation);
    }
}
