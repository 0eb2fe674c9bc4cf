using WorkingParty.Comments;
using WorkingParty.Comments.Roster;
using WorkingParty.Council;

namespace WorkingParty.Bot.Features.Delegations;

/// <summary>Turns the delegation roster into the views of the secretariat's roster cards: unconfirmed first, then by delegation and name.</summary>
public sealed class RosterViews(DelegationRoster roster)
{
    public async Task<DelegationRosterView> RosterAsync(string? notice, CancellationToken cancellationToken)
    {
        var members = await roster.ListAsync(cancellationToken)
            .OrderBy(entry => entry.Standing.Confirmed)
            .ThenBy(entry => DelegationTable.Default.ProtocolOrder(entry.Delegation))
            .ThenBy(entry => entry.Name, StringComparer.CurrentCultureIgnoreCase)
            .Select(MemberOf)
            .ToListAsync(cancellationToken);
        return new DelegationRosterView(members, roster.SeededCount) { Notice = notice };
    }

    public static RosterMemberView MemberOf(RosterEntry entry) => new(entry.UserId, entry.Name, entry.Delegation, entry.Standing.Confirmed, entry.Source switch
    {
        StandingSource.Secretariat => $"by {entry.ConfirmedBy ?? "the secretariat"}",
        StandingSource.Configuration => "by the configuration",
        _ => "declared by the user",
    });
}
