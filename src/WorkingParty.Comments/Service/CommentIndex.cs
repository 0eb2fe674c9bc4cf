using System.Runtime.CompilerServices;
using WorkingParty.Comments.Model;
using WorkingParty.Storage;
using WorkingParty.Storage.Collections;

namespace WorkingParty.Comments.Service;

/// <summary>
/// Where to find comments other than by deadline (their own keys group them by deadline already): an empty document per
/// comment under <c>comment-index/author/{author}/{deadline}/{comment}</c>, and under <c>comment-index/late/{deadline}/{comment}</c>
/// for one sent after its deadline. A view by author or of late comments lists these keys and reads only the comments they
/// name, so its cost does not grow with everyone else's comments. Entries are written before their comment, so a comment
/// is never unindexed (an entry whose comment was never written is skipped). Comments stored before the index existed are
/// indexed once, by the first instance that reads or writes the index (in a new store, that finds nothing to index).
/// </summary>
internal sealed class CommentIndex(IDocumentStore store)
{
    private const string Root = "comment-index/";
    private const string BuiltMarker = "comment-index-state/built-1";
    private readonly SemaphoreSlim _building = new(1, 1);
    private volatile bool _built;

    public async Task AddAsync(Comment comment, CancellationToken cancellationToken)
    {
        await EnsureBuiltAsync(cancellationToken);
        await AddEntriesAsync(comment, cancellationToken);
    }

    /// <summary>The comment keys ("{deadline}/{comment}") of one author's comments.</summary>
    public IAsyncEnumerable<string> ByAuthorAsync(string userId, CancellationToken cancellationToken) =>
        CommentKeysAsync($"{Root}author/{StableId.Of(userId)}/", "", cancellationToken);

    /// <summary>The comment keys of late comments, on one deadline or (<paramref name="deadlineId"/> null) on all.</summary>
    public IAsyncEnumerable<string> LateAsync(string? deadlineId, CancellationToken cancellationToken) =>
        CommentKeysAsync($"{Root}late/", deadlineId is null ? "" : deadlineId + "/", cancellationToken);

    /// <summary>The comment keys under <paramref name="entries"/>, those starting with <paramref name="commentKeyPrefix"/>.</summary>
    private async IAsyncEnumerable<string> CommentKeysAsync(string entries, string commentKeyPrefix, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await EnsureBuiltAsync(cancellationToken);
        await foreach (var key in store.ListKeysAsync(entries + commentKeyPrefix, cancellationToken))
            yield return key[entries.Length..];
    }

    private async Task AddEntriesAsync(Comment comment, CancellationToken cancellationToken)
    {
        foreach (var key in KeysOf(comment))
            await store.TryCreateAsync(key, "{}", cancellationToken);
    }

    private static IEnumerable<string> KeysOf(Comment comment)
    {
        yield return $"{Root}author/{StableId.Of(comment.Author.UserId)}/{CommentKey.Of(comment.DeadlineId, comment.Id)}";
        if (comment.Late || comment.Status == CommentStatus.AwaitingLateAcceptance)
            yield return $"{Root}late/{CommentKey.Of(comment.DeadlineId, comment.Id)}";
    }

    private async Task EnsureBuiltAsync(CancellationToken cancellationToken)
    {
        if (_built)
            return;
        await _building.WaitAsync(cancellationToken);
        try
        {
            if (!_built && await store.GetAsync(BuiltMarker, cancellationToken) is null)
            {
                await foreach (var comment in new DocumentCollection<Comment>(store, CommentService.Collection).ListAsync(cancellationToken: cancellationToken))
                    await AddEntriesAsync(comment.Value, cancellationToken);
                await store.TryCreateAsync(BuiltMarker, "{}", cancellationToken);
            }
            _built = true;
        }
        finally
        {
            _building.Release();
        }
    }
}
