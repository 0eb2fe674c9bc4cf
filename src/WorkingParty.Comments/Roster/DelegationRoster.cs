using System.Runtime.CompilerServices;
using WorkingParty.Comments.Model;
using WorkingParty.Comments.Service;
using WorkingParty.Council;
using WorkingParty.Storage;
using WorkingParty.Storage.Collections;

namespace WorkingParty.Comments.Roster;

/// <summary>
/// Who writes for which delegation, one document per user under <c>delegation-roster/{user hash}</c>. The secretariat's
/// word is final (assigned or confirmed on the roster card); then the configuration's seed (<see cref="DelegatesSeed"/>);
/// anyone neither names declares a delegation once, with their first comment, and stays unconfirmed until the secretariat
/// confirms it. A comment is filed only under its author's delegation.
/// </summary>
public sealed class DelegationRoster(IDocumentStore store, DelegatesSeed seed, TimeProvider time)
{
    private readonly DocumentCollection<RosterEntry> _entries = new(store, "delegation-roster");

    /// <summary>How many users the configuration places (they are stored once they file a comment).</summary>
    public int SeededCount => seed.Count;

    /// <summary>The user's delegation, or null when nobody has placed them and they have declared none.</summary>
    /// <param name="lookUpPrincipalName">Asks Teams for the user's principal name; without it, a user the seed lists by name is found once stored.</param>
    public async Task<DelegateStanding?> StandingOfAsync(string userId, Func<CancellationToken, Task<string?>>? lookUpPrincipalName = null, CancellationToken cancellationToken = default) =>
        await ResolveAsync(userId, await _entries.GetValueAsync(IdOf(userId), cancellationToken), lookUpPrincipalName, cancellationToken);

    /// <summary>
    /// Whether <paramref name="user"/> may file under <paramref name="delegation"/>: yes when it is theirs; a user with no
    /// delegation declares it now, unconfirmed (of two first comments sent at once, the first stored decides). A user the seed
    /// places is stored as such, so that compilations know them without asking Teams.
    /// </summary>
    public async Task<DelegationClaim> ClaimAsync(
        CommentAuthor user, string delegation, Func<CancellationToken, Task<string?>>? lookUpPrincipalName, CancellationToken cancellationToken = default)
    {
        var id = IdOf(user.UserId);
        while (true)
        {
            var current = await _entries.GetAsync(id, cancellationToken);
            var standing = await ResolveAsync(user.UserId, current?.Value, lookUpPrincipalName, cancellationToken)
                ?? new DelegateStanding(delegation, StandingSource.SelfDeclared);
            if (current?.Value.Standing == standing || await StoreAsync(id, current, Entry(user, standing), cancellationToken))
                return new DelegationClaim(standing, standing.Delegation == delegation);
        }
    }

    /// <summary>The secretariat places a user in a delegation (confirming what they declared, or changing it).</summary>
    public async Task<RosterEntry?> AssignAsync(string userId, string delegation, string assignedBy, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        if (DelegationTable.Default.MemberStateCode(delegation) is not { } code || await _entries.GetAsync(IdOf(userId), cancellationToken) is null)
            return null;
        var saved = await _entries.SaveAsync(IdOf(userId), current => current! with
        {
            Delegation = code, Source = StandingSource.Secretariat, ConfirmedBy = assignedBy, ConfirmedAt = now,
        }, cancellationToken);
        return saved.Value;
    }

    public Task<RosterEntry?> FindAsync(string userId, CancellationToken cancellationToken = default) =>
        _entries.GetValueAsync(IdOf(userId), cancellationToken);

    /// <summary>
    /// Everyone stored (who declared a delegation, who the seed placed and has written, who the secretariat placed), each
    /// with the standing that counts now.
    /// </summary>
    public async IAsyncEnumerable<RosterEntry> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var entry in _entries.ListAsync(cancellationToken: cancellationToken))
        {
            var standing = await ResolveAsync(entry.Value.UserId, entry.Value, null, cancellationToken) ?? entry.Value.Standing;
            yield return entry.Value with { Delegation = standing.Delegation, Source = standing.Source };
        }
    }

    private async Task<DelegateStanding?> ResolveAsync(
        string userId, RosterEntry? stored, Func<CancellationToken, Task<string?>>? lookUpPrincipalName, CancellationToken cancellationToken)
    {
        if (stored is { Source: StandingSource.Secretariat })
            return stored.Standing;
        return await seed.DelegationOfAsync(userId, lookUpPrincipalName, cancellationToken) is { } seeded
            ? new DelegateStanding(seeded, StandingSource.Configuration)
            : stored?.Standing;
    }

    private RosterEntry Entry(CommentAuthor user, DelegateStanding standing) =>
        new(user.UserId, user.DisplayName, standing.Delegation, standing.Source, time.GetUtcNow());

    private async Task<bool> StoreAsync(string id, Versioned<RosterEntry>? current, RosterEntry entry, CancellationToken cancellationToken) =>
        current is null
            ? await _entries.TryCreateAsync(id, entry, cancellationToken) is not null
            : await _entries.TryReplaceAsync(id, entry with { Since = current.Value.Since }, current.ETag, cancellationToken) is not null;

    private static string IdOf(string userId) => StableId.Of(userId);
}
