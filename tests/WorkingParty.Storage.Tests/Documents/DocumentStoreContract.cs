using WorkingParty.Storage;

namespace WorkingParty.Storage.Tests.Documents;

/// <summary>The behaviour every <see cref="IDocumentStore"/> must show; one subclass per store.</summary>
public abstract class DocumentStoreContract
{
    /// <summary>A new store instance over the same backing folder or container as every other call in this test.</summary>
    protected abstract IDocumentStore OpenStore();

    /// <summary>Everything the backing folder or container holds (files, blobs), whatever the store makes of it.</summary>
    protected abstract Task<IReadOnlyList<string>> FootprintAsync();

    private IDocumentStore? _store;

    private IDocumentStore Store => _store ??= OpenStore();

    [Fact]
    public async Task A_created_document_reads_back_with_its_etag()
    {
        var created = await Store.TryCreateAsync("comments/c1", """{"text":"hello"}""");

        var read = await Store.GetAsync("comments/c1");

        Assert.NotNull(created);
        Assert.Equal(created, read);
        Assert.Equal("""{"text":"hello"}""", read!.Json);
    }

    [Fact]
    public async Task A_missing_key_reads_as_null()
    {
        Assert.Null(await Store.GetAsync("comments/none"));
    }

    [Fact]
    public async Task Creating_a_taken_key_returns_null_and_keeps_the_first()
    {
        var first = await Store.TryCreateAsync("k", "1");

        var second = await Store.TryCreateAsync("k", "2");

        Assert.Null(second);
        Assert.Equal(first, await Store.GetAsync("k"));
    }

    [Fact]
    public async Task Replacing_with_the_current_etag_stores_a_new_version()
    {
        var first = await Store.TryCreateAsync("k", "1");

        var second = await Store.TryReplaceAsync("k", "2", first!.ETag);

        Assert.NotNull(second);
        Assert.NotEqual(first.ETag, second.ETag);
        Assert.Equal(second, await Store.GetAsync("k"));
    }

    [Fact]
    public async Task Writing_the_same_content_again_still_changes_the_etag()
    {
        var first = await Store.TryCreateAsync("k", "same");

        var second = await Store.TryReplaceAsync("k", "same", first!.ETag);

        Assert.NotEqual(first.ETag, second!.ETag);
        Assert.Null(await Store.TryReplaceAsync("k", "other", first.ETag));
    }

    [Fact]
    public async Task Replacing_with_a_stale_etag_returns_null_and_changes_nothing()
    {
        var first = await Store.TryCreateAsync("k", "1");
        var second = await Store.TryReplaceAsync("k", "2", first!.ETag);

        var stale = await Store.TryReplaceAsync("k", "3", first.ETag);

        Assert.Null(stale);
        Assert.Equal(second, await Store.GetAsync("k"));
    }

    [Fact]
    public async Task Replacing_a_missing_document_returns_null_and_creates_nothing()
    {
        Assert.Null(await Store.TryReplaceAsync("k", "1", "some-etag"));
        Assert.Null(await Store.GetAsync("k"));
    }

    [Fact]
    public async Task Of_twenty_concurrent_creators_of_one_key_exactly_one_wins()
    {
        // Many rounds: a create that is not atomic loses only now and then (a few rounds in a hundred on the file store).
        const int Rounds = 60;
        var stores = Enumerable.Range(0, 4).Select(_ => OpenStore()).ToList();

        for (var round = 0; round < Rounds; round++)
        {
            var key = $"race/k{round}";
            var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
                Task.Run(() => stores[i % stores.Count].TryCreateAsync(key, $"\"creator {i}\""))));

            var winner = Assert.Single(results, r => r is not null);
            Assert.Equal(winner, await Store.GetAsync(key));
        }
    }

    [Fact]
    public async Task Of_twenty_concurrent_replacers_with_one_etag_exactly_one_wins()
    {
        var original = await Store.TryCreateAsync("race/k", "\"original\"");
        var stores = Enumerable.Range(0, 4).Select(_ => OpenStore()).ToList();

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            Task.Run(() => stores[i % stores.Count].TryReplaceAsync("race/k", $"\"replacer {i}\"", original!.ETag))));

        var winner = Assert.Single(results, r => r is not null);
        Assert.Equal(winner, await Store.GetAsync("race/k"));
    }

    [Fact]
    public async Task Listing_returns_the_keys_under_a_prefix_in_ordinal_order()
    {
        foreach (var key in new[] { "comments/b/2", "comments/a", "comments/b/10", "comments/B", "commentary/x", "meetings/m1", "comments/b/1" })
            await Store.TryCreateAsync(key, "{}");

        Assert.Equal(["comments/B", "comments/a", "comments/b/1", "comments/b/10", "comments/b/2"], await Store.ListKeysAsync("comments/").ToListAsync());
        Assert.Equal(["commentary/x", "comments/B", "comments/a", "comments/b/1", "comments/b/10", "comments/b/2"], await Store.ListKeysAsync("comment").ToListAsync());
        Assert.Equal(["comments/b/1", "comments/b/10"], await Store.ListKeysAsync("comments/b/1").ToListAsync());
        Assert.Empty(await Store.ListKeysAsync("nothing/").ToListAsync());
        Assert.Equal(7, await Store.ListKeysAsync("").CountAsync());
    }

    [Fact]
    public async Task Deleting_removes_the_document_once()
    {
        await Store.TryCreateAsync("k/1", "1");

        Assert.True(await Store.DeleteAsync("k/1"));
        Assert.False(await Store.DeleteAsync("k/1"));
        Assert.Null(await Store.GetAsync("k/1"));
        Assert.Empty(await Store.ListKeysAsync("k/").ToListAsync());
        Assert.NotNull(await Store.TryCreateAsync("k/1", "again"));
    }

    [Fact]
    public async Task Deleting_a_document_removes_everything_its_creation_left()
    {
        var created = await Store.TryCreateAsync("export-links/token-1", "1");
        await Store.TryReplaceAsync("export-links/token-1", "2", created!.ETag);

        Assert.True(await Store.DeleteAsync("export-links/token-1"));

        Assert.Empty(await FootprintAsync());
    }

    [Fact]
    public async Task Deleting_or_replacing_a_missing_document_leaves_nothing_behind()
    {
        Assert.False(await Store.DeleteAsync("export-links/unknown-token"));
        Assert.Null(await Store.TryReplaceAsync("export-links/other-token", "1", "some-etag"));

        Assert.Empty(await FootprintAsync());
    }

    [Fact]
    public async Task Creators_and_deleters_of_one_key_never_hold_it_at_the_same_time()
    {
        // Whoever creates the key deletes it again; if two creators ever both won, one of their deletes would find nothing.
        var stores = Enumerable.Range(0, 4).Select(_ => OpenStore()).ToList();
        var lostDeletes = 0;

        await Task.WhenAll(Enumerable.Range(0, 12).Select(i => Task.Run(async () =>
        {
            var store = stores[i % stores.Count];
            for (var round = 0; round < 40; round++)
            {
                if (await store.TryCreateAsync("race/shared", $"\"creator {i}\"") is not null && !await store.DeleteAsync("race/shared"))
                    Interlocked.Increment(ref lostDeletes);
            }
        })));

        Assert.Equal(0, lostDeletes);
        Assert.Null(await Store.GetAsync("race/shared"));
        Assert.Empty(await FootprintAsync());
    }

    [Theory]
    [InlineData("with space/and:colon*star?question")]
    [InlineData("quotes\"<angle>|pipe/percent%20.dot.json")]
    [InlineData("unicode/Ünïcödé €/日本語/😀")]
    [InlineData("hash#plus+equals=amp&at@tilde~")]
    [InlineData(".hidden/a.b.c/x.tmp/y.lock")]
    public async Task Keys_with_odd_characters_round_trip_and_list(string key)
    {
        var created = await Store.TryCreateAsync(key, "{}");

        Assert.Equal(created, await OpenStore().GetAsync(key));
        Assert.Equal([key], await Store.ListKeysAsync(key).ToListAsync());
    }

    [Theory]
    [InlineData("")]
    [InlineData("/a")]
    [InlineData("a/")]
    [InlineData("a//b")]
    [InlineData("..")]
    [InlineData("../a")]
    [InlineData("a/../../b")]
    [InlineData("a/./b")]
    [InlineData("trailing.")]
    [InlineData("back\\slash")]
    [InlineData("control\u0001char")]
    [InlineData("new\nline")]
    public async Task Invalid_keys_are_refused(string key)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Store.TryCreateAsync(key, "{}"));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.GetAsync(key));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.TryReplaceAsync(key, "{}", "etag"));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.DeleteAsync(key));
    }

    [Fact]
    public async Task A_new_store_instance_sees_what_an_earlier_one_wrote()
    {
        var created = await Store.TryCreateAsync("meetings/2017-03-22", """{"title":"HWP"}""");
        var replaced = await Store.TryReplaceAsync("meetings/2017-03-22", """{"title":"HWP Cyber"}""", created!.ETag);

        var restarted = OpenStore();

        Assert.Equal(replaced, await restarted.GetAsync("meetings/2017-03-22"));
        Assert.Equal(["meetings/2017-03-22"], await restarted.ListKeysAsync("meetings/").ToListAsync());
        Assert.NotNull(await restarted.TryReplaceAsync("meetings/2017-03-22", "{}", replaced!.ETag));
    }
}
