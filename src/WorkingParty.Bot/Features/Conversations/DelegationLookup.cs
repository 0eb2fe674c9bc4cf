using System.Collections.Concurrent;
using WorkingParty.Comments;

namespace WorkingParty.Bot.Features.Conversations;

/// <summary>
/// A user's delegation, as they last chose it on the comment form, remembered for a while so that tracking
/// conversations does not read the store on every turn.
/// </summary>
public sealed class DelegationLookup(DelegatePreferencesStore preferences, TimeProvider time)
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

        var delegation = await preferences.DelegationOfAsync(userId, cancellationToken);
        _known[userId] = (delegation, time.GetUtcNow() + TrustFor);
        return delegation;
    }
}
