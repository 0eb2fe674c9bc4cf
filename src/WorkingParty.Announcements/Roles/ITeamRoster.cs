namespace WorkingParty.Announcements.Roles;

/// <summary>The members of one Teams team; the host reads them through the Teams roster API.</summary>
public interface ITeamRoster
{
    Task<IReadOnlyCollection<TeamsUser>> GetMembersAsync(string teamId, CancellationToken cancellationToken);
}
