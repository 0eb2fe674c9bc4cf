namespace WorkingParty.Announcements.Roles;

/// <summary>Who is acting, as Teams identifies them; either id may be missing.</summary>
public sealed record TeamsUser(string? AadObjectId, string? UserPrincipalName, string? Name = null)
{
    /// <summary>
    /// Asks Teams for the user's principal name, which activities do not carry; set by the host for the sender of a turn.
    /// Only called when a secretariat member is configured by principal name.
    /// </summary>
    public Func<CancellationToken, Task<string?>>? LookUpPrincipalName { get; init; }

    public IEnumerable<string> Identifiers()
    {
        if (!string.IsNullOrWhiteSpace(AadObjectId))
            yield return AadObjectId.Trim();
        if (!string.IsNullOrWhiteSpace(UserPrincipalName))
            yield return UserPrincipalName.Trim();
    }

    public string DisplayName => Name ?? UserPrincipalName ?? AadObjectId ?? "unknown user";
}
