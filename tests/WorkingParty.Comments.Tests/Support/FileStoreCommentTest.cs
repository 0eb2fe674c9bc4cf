using WorkingParty.Storage;
using WorkingParty.Storage.Files;

namespace WorkingParty.Comments.Tests.Support;

/// <summary>Base for tests on the real file store in a temp folder, removed afterwards.</summary>
public abstract class FileStoreCommentTest : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("wp-comments-").FullName;

    protected FileStoreCommentTest()
    {
        Scenario = new CommentScenario(new FileDocumentStore(_root));
    }

    protected CommentScenario Scenario { get; }

    public void Dispose()
    {
        Directory.Delete(_root, recursive: true);
        GC.SuppressFinalize(this);
    }
}
