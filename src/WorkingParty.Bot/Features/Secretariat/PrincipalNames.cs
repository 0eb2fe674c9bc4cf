using System.Collections.Concurrent;
using Microsoft.Bot.Builder.Teams;
using WorkingParty.Announcements.Roles;

namespace WorkingParty.Bot.Features.Secretariat;

/// <summary>
/// The user principal names of the people who write to the bot, which activities do not carry: read with the Teams member
/// API in the turn's conversation when a secretariat member is configured by principal name, and kept for
/// <c>Secretariat:RosterCacheDuration</c>.
/// </summary>
public sealed class PrincipalNames(SecretariatOptions options, TimeProvider time)
{
    private const int MaxKept = 10_000;
    private readonly ConcurrentDictionary<string, (string? Name, DateTimeOffset Until)> _known = new(StringComparer.OrdinalIgnoreCase);

    public async Task<string?> OfSenderAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var from = turnContext.Activity.From;
        var key = TurnUser.IdOf(turnContext);
        var now = time.GetUtcNow();
        if (_known.TryGetValue(key, out var known) && known.Until > now)
            return known.Name;
        var member = await TeamsInfo.GetMemberAsync(turnContext, from.Id, cancellationToken);
        if (_known.Count >= MaxKept)
        {
            foreach (var stale in _known.Where(entry => entry.Value.Until <= now))
                _known.TryRemove(stale);
        }
        _known[key] = (member.UserPrincipalName, now + options.RosterCacheDuration);
        return member.UserPrincipalName;
    }
}
