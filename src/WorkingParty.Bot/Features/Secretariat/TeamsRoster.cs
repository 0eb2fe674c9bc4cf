using Microsoft.Bot.Builder.Teams;
using WorkingParty.Announcements.Conversations;
using WorkingParty.Announcements.Roles;

namespace WorkingParty.Bot.Features.Secretariat;

/// <summary>
/// The members of a Teams team, read with the Teams roster API in a conversation of that team: its General channel,
/// whose id is the team's id, known once the bot was added to the team.
/// </summary>
public sealed class TeamsRoster(ConversationRegistry conversations, ProactiveMessenger messenger) : ITeamRoster
{
    private const int PageSize = 500;

    public async Task<IReadOnlyCollection<TeamsUser>> GetMembersAsync(string teamId, CancellationToken cancellationToken)
    {
        var team = await conversations.FindAsync(teamId, cancellationToken)
            ?? throw new InvalidOperationException($"The bot knows no conversation of team {teamId}; add the bot to that team.");
        return await messenger.ContinueAsync<IReadOnlyCollection<TeamsUser>>(team.Reference, async (turnContext, token) =>
        {
            var members = new List<TeamsUser>();
            string? next = null;
            do
            {
                var page = await TeamsInfo.GetPagedTeamMembersAsync(turnContext, teamId, next, PageSize, token);
                members.AddRange(page.Members.Select(m => new TeamsUser(m.AadObjectId, m.UserPrincipalName, m.Name)));
                next = page.ContinuationToken;
            }
            while (!string.IsNullOrEmpty(next));
            return members;
        }, cancellationToken);
    }
}
