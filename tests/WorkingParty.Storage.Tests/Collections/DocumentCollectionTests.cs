using WorkingParty.Storage;
using WorkingParty.Storage.Collections;
using WorkingParty.Storage.Files;

namespace WorkingParty.Storage.Tests.Collections;

public sealed class DocumentCollectionTests : IDisposable
{
    private enum Colour { DeepBlue }

    private sealed record Note(string Title, int Count, Colour Colour);

    private readonly string _root = Directory.CreateTempSubdirectory("wp-collection-").FullName;
    private readonly FileDocumentStore _store;
    private readonly DocumentCollection<Note> _notes;

    public DocumentCollectionTests()
    {
        _store = new FileDocumentStore(_root);
        _notes = new DocumentCollection<Note>(_store, "notes");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task Documents_are_stored_as_camel_case_json_under_the_collection_name()
    {
        await _notes.TryCreateAsync("group/n1", new Note("First", 1, Colour.DeepBlue));

        var raw = await _store.GetAsync("notes/group/n1");

        Assert.Equal("""{"title":"First","count":1,"colour":"deepBlue"}""", raw!.Json);
        Assert.Equal(new Note("First", 1, Colour.DeepBlue), (await _notes.GetAsync("group/n1"))!.Value);
    }

    [Fact]
    public async Task Create_and_replace_follow_the_store_rules()
    {
        var created = await _notes.TryCreateAsync("n1", new Note("First", 1, Colour.DeepBlue));

        Assert.Null(await _notes.TryCreateAsync("n1", new Note("Other", 2, Colour.DeepBlue)));
        var replaced = await _notes.TryReplaceAsync("n1", created!.Value with { Count = 2 }, created.ETag);
        Assert.Equal(2, replaced!.Value.Count);
        Assert.Null(await _notes.TryReplaceAsync("n1", created.Value with { Count = 3 }, created.ETag));
    }

    [Fact]
    public async Task Listing_returns_ids_without_the_collection_name_in_order()
    {
        await _notes.TryCreateAsync("b", new Note("B", 2, Colour.DeepBlue));
        await _notes.TryCreateAsync("a", new Note("A", 1, Colour.DeepBlue));
        await new DocumentCollection<Note>(_store, "notesOther").TryCreateAsync("c", new Note("C", 3, Colour.DeepBlue));

        var listed = await _notes.ListAsync().ToListAsync();

        Assert.Equal(["a", "b"], listed.Select(n => n.Id));
        Assert.Equal(["A", "B"], listed.Select(n => n.Value.Title));
    }

    [Fact]
    public async Task Concurrent_saves_all_land()
    {
        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() =>
            _notes.SaveAsync("counter", n => n is null ? new Note("Counter", 1, Colour.DeepBlue) : n with { Count = n.Count + 1 }))));

        Assert.Equal(20, (await _notes.GetAsync("counter"))!.Value.Count);
    }
}
