using Microsoft.Extensions.Time.Testing;
using WorkingParty.Announcements.Conversations;
using WorkingParty.Announcements.Tests.Support;
using WorkingParty.Storage;
using WorkingParty.Storage.Files;
using WorkingParty.Testing;

namespace WorkingParty.Announcements.Tests.Conversations;

public sealed class ConversationRegistryTests : IDisposable
{
    private readonly TemporaryFolder _folder = new("wp-announcements-");
    private readonly FileDocumentStore _store;
    private readonly FakeTimeProvider _time = new();
    private readonly ConversationRecord _personal = new("a:1xYz", ConversationScope.Personal, "tenant-1", "{\"ref\":1}", "user-1", "Anna", "DE");

    public ConversationRegistryTests() => _store = new FileDocumentStore(_folder.Path);

    public void Dispose() => _folder.Dispose();

    private async Task<string> StoredETagAsync()
    {
        var key = await _store.ListKeysAsync("conversations/").SingleAsync();
        return (await _store.GetAsync(key))!.ETag;
    }

    [Fact]
    public async Task An_unchanged_conversation_is_not_written_again_even_by_another_instance()
    {
        await new ConversationRegistry(_store, _time).RememberAsync(_personal);
        var written = await StoredETagAsync();

        await new ConversationRegistry(_store, _time).RememberAsync(_personal);
        await new ConversationRegistry(_store, _time).RememberAsync(_personal with { Delegation = null });

        Assert.Equal(written, await StoredETagAsync());
    }

    [Fact]
    public async Task A_change_is_written_and_a_known_delegation_is_kept()
    {
        var registry = new ConversationRegistry(_store, _time);
        await registry.RememberAsync(_personal);

        await registry.RememberAsync(_personal with { Reference = "{\"ref\":2}", Delegation = null, UserName = "Anna B." });

        var stored = await registry.FindAsync("a:1xYz");
        Assert.Equal(_personal with { Reference = "{\"ref\":2}", UserName = "Anna B." }, stored);
    }

    [Fact]
    public async Task Forgetting_removes_the_conversation_and_a_later_install_brings_it_back()
    {
        var registry = new ConversationRegistry(_store, _time);
        await registry.RememberAsync(_personal);
        await registry.RememberAsync(_personal with { ConversationId = "19:general@thread.tacv2", Scope = ConversationScope.Channel });

        Assert.True(await registry.ForgetAsync("a:1xYz"));
        Assert.False(await registry.ForgetAsync("a:1xYz"));
        Assert.Equal(["19:general@thread.tacv2"], await registry.ListAsync().Select(c => c.ConversationId).ToListAsync());

        await registry.RememberAsync(_personal);
        Assert.NotNull(await registry.FindAsync("a:1xYz"));
    }
}
