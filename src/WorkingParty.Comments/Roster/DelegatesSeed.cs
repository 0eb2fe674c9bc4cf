using WorkingParty.Council;

namespace WorkingParty.Comments.Roster;

/// <summary>
/// The configuration's roster (<see cref="CommentsOptions.Delegates"/>): the users of each delegation, by Entra object id
/// or user principal name (any entry with '@'), compared case-insensitively. A code that is not a delegation's, or a user
/// listed under two delegations, stops the start: a roster that silently dropped a line would let that user declare any delegation.
/// </summary>
public sealed class DelegatesSeed
{
    private readonly Dictionary<string, string> _delegationOf = new(StringComparer.OrdinalIgnoreCase);

    public DelegatesSeed(IReadOnlyDictionary<string, List<string>> delegates)
    {
        foreach (var (code, users) in delegates)
        {
            var delegation = DelegationTable.Default.MemberStateCode(code)
                ?? throw new InvalidOperationException($"Comments:Delegates names '{code}', which is not a delegation's code ({string.Join(", ", DelegationTable.Default.MemberStates.Select(d => d.Code))}).");
            foreach (var user in users.Where(u => !string.IsNullOrWhiteSpace(u)).Select(u => u.Trim()))
            {
                if (_delegationOf.TryGetValue(user, out var other) && other != delegation)
                    throw new InvalidOperationException($"Comments:Delegates lists '{user}' under both {other} and {delegation}.");
                _delegationOf[user] = delegation;
            }
        }
        NamesPrincipals = _delegationOf.Keys.Any(user => user.Contains('@'));
    }

    /// <summary>How many users the configuration places.</summary>
    public int Count => _delegationOf.Count;

    /// <summary>Whether some user is listed by principal name, which only Teams can tell for a user.</summary>
    public bool NamesPrincipals { get; }

    /// <summary>The delegation the configuration places the user in, asking for their principal name only when one is listed.</summary>
    public async Task<string?> DelegationOfAsync(string userId, Func<CancellationToken, Task<string?>>? lookUpPrincipalName, CancellationToken cancellationToken)
    {
        if (_delegationOf.TryGetValue(userId, out var byId))
            return byId;
        if (!NamesPrincipals || lookUpPrincipalName is null)
            return null;
        return await lookUpPrincipalName(cancellationToken) is { } name && _delegationOf.TryGetValue(name.Trim(), out var byName) ? byName : null;
    }
}
