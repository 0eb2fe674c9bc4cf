using System.Text.Json.Nodes;
using WorkingParty.Storage;

namespace WorkingParty.LoadTest.Comments;

/// <summary>The comment texts the bot stored for one deadline, read from its store after the run (one per comment document).</summary>
public static class StoredComments
{
    public static async Task<IReadOnlyList<string>> TextsAsync(IDocumentStore store, string deadlineId)
    {
        var texts = new List<string>();
        await foreach (var key in store.ListKeysAsync($"comments/{deadlineId}/"))
        {
            if (await store.GetAsync(key) is { } document && JsonNode.Parse(document.Json)?["versions"]?[0]?["text"]?.GetValue<string>() is { } text)
                texts.Add(text);
        }
        return texts;
    }
}
