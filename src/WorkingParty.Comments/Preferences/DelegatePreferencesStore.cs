using WorkingParty.Storage;

namespace WorkingParty.Comments;

/// <summary>One small preferences document per user, so the comment form can preselect the delegation.</summary>
public sealed class DelegatePreferencesStore(IDocumentStore store)
{
    private readonly DocumentCollection<DelegatePreferences> preferences = new(store, "preferences");

    public async Task<string?> DelegationOfAsync(string userId, CancellationToken cancellationToken = default) =>
        (await preferences.GetAsync(StableId.Of(userId), cancellationToken))?.Value.Delegation;

    public Task RememberDelegationAsync(string userId, string delegation, CancellationToken cancellationToken = default) =>
        preferences.SaveAsync(StableId.Of(userId), current => (current ?? new DelegatePreferences(null)) with { Delegation = delegation }, cancellationToken);
}
