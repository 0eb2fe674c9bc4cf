using Microsoft.Extensions.Logging;

namespace WorkingParty.Announcements.Roles;

/// <summary>
/// Decides who belongs to the secretariat: the configured members (by Entra object id, or by principal name, which Teams
/// is asked for when a member is configured that way), plus the members of the configured Teams team when a roster is
/// available. A roster that cannot be read leaves the configured members in charge.
/// </summary>
public sealed class SecretariatRoles
{
    private readonly SecretariatOptions _options;
    private readonly HashSet<string> _configured;
    private readonly bool _configuredByName;
    private readonly TeamRosterCache? _team;
    private readonly ILogger<SecretariatRoles> _logger;

    public SecretariatRoles(SecretariatOptions options, ITeamRoster? roster, TimeProvider time, ILogger<SecretariatRoles> logger)
    {
        _options = options;
        _configured = options.Members.Where(m => !string.IsNullOrWhiteSpace(m)).Select(m => m.Trim())
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        _configuredByName = _configured.Any(member => member.Contains('@'));
        _team = roster is not null && !string.IsNullOrWhiteSpace(options.TeamId) ? new TeamRosterCache(roster, time) : null;
        _logger = logger;
    }

    public async Task<bool> IsMemberAsync(TeamsUser user, CancellationToken cancellationToken = default) =>
        await MembershipAsync(user, cancellationToken) == true;

    /// <summary>Whether the user belongs to the secretariat; null when only the team's roster could tell and it could not be read.</summary>
    private async Task<bool?> MembershipAsync(TeamsUser user, CancellationToken cancellationToken)
    {
        var ids = user.Identifiers().ToList();
        if (ids.Any(_configured.Contains))
            return true;
        if (_configuredByName && user.UserPrincipalName is null && user.LookUpPrincipalName is { } lookUp)
        {
            try
            {
                if (await lookUp(cancellationToken) is { } name && _configured.Contains(name.Trim()))
                    return true;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                _logger.LogWarning(e, "Could not look up the principal name of {User}; members configured by principal name are not recognised for now", user.DisplayName);
                return null;
            }
        }
        if (_team is null || ids.Count == 0)
            return false;
        try
        {
            var team = await _team.GetAsync(_options.TeamId!, _options.RosterCacheDuration, cancellationToken);
            return ids.Any(team.Contains);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _logger.LogWarning(e, "Could not read the members of team {TeamId}; only configured secretariat members are recognised", _options.TeamId);
            return null;
        }
    }

    /// <summary>
    /// Allows a secretariat member; refuses anyone else politely and logs the attempt. When the team's roster cannot be
    /// read, the user is refused too, but told that their membership could not be checked rather than that they lack it.
    /// </summary>
    public async Task<RoleDecision> AuthorizeAsync(TeamsUser user, SecretariatAction action, CancellationToken cancellationToken = default)
    {
        var membership = await MembershipAsync(user, cancellationToken);
        if (membership == true)
            return RoleDecision.Allow;
        if (membership is null)
            return RoleDecision.Unverified(action);
        _logger.LogWarning("Refused {Action} to {User} (object id {ObjectId}, UPN {Upn}): not a secretariat member",
            action, user.DisplayName, user.AadObjectId, user.UserPrincipalName);
        return RoleDecision.Refuse(action);
    }
}
