namespace WorkingParty.Announcements.Roles;

/// <summary>Who is acting, as Teams identifies them; either id may be missing.</summary>
public sealed record TeamsUser(string? AadObjectId, string? UserPrincipalName, string? Name = null)
{
    public IEnumerable<string> Identifiers()
    {
        if (!string.IsNullOrWhiteSpace(AadObjectId))
            yield return AadObjectId.Trim();
        if (!string.IsNullOrWhiteSpace(UserPrincipalName))
            yield return UserPrincipalName.Trim();
    }

    public string DisplayName => Name ?? UserPrincipalName ?? AadObjectId ?? "unknown user";
}
