namespace WorkingParty.Announcements.Roles;

/// <summary>The identifiers of one team's members, read through <see cref="ITeamRoster"/> at most once per cache duration.</summary>
internal sealed class TeamRosterCache(ITeamRoster roster, TimeProvider time)
{
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private HashSet<string>? _members;
    private DateTimeOffset _expires;

    public async Task<IReadOnlySet<string>> GetAsync(string teamId, TimeSpan duration, CancellationToken cancellationToken)
    {
        if (_members is { } fresh && time.GetUtcNow() < _expires)
            return fresh;
        await _refresh.WaitAsync(cancellationToken);
        try
        {
            if (_members is { } refreshed && time.GetUtcNow() < _expires)
                return refreshed;
            var members = await roster.GetMembersAsync(teamId, cancellationToken);
            _members = members.SelectMany(m => m.Identifiers()).ToHashSet(StringComparer.OrdinalIgnoreCase);
            _expires = time.GetUtcNow() + duration;
            return _members;
        }
        finally
        {
            _refresh.Release();
        }
    }
}
