using System.Collections.Concurrent;
using WorkingParty.Comments;
using WorkingParty.Comments.Roster;

namespace WorkingParty.Bot.Features.Conversations;

/// <summary>
/// A user's delegation, as the delegation roster has it (confirmed or declared), remembered for a while so that tracking
/// conversations does not read the store on every turn. Teams is not asked for principal names here: a user the roster's
/// seed lists by name is known once they have filed a comment.
/// </summary>
public sealed class DelegationLookup(DelegationRoster roster, TimeProvider time)
{
    private static readonly TimeSpan TrustFor = TimeSpan.FromMinutes(10);

    private readonly ConcurrentDictionary<string, (string? Delegation, DateTimeOffset Until)> _known = new(StringComparer.OrdinalIgnoreCase);

    public async Task<string?> DelegationOfAsync(string? userId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(userId))
        {
            return null;
        }

        if (_known.TryGetValue(userId, out var known) && time.GetUtcNow() < known.Until)
        {
            return known.Delegation;
        }

        var delegation = (await roster.StandingOfAsync(userId, cancellationToken: cancellationToken))?.Delegation;
        _known[userId] = (delegation, time.GetUtcNow() + TrustFor);
        return delegation;
    }
}
