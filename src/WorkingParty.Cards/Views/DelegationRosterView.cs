using WorkingParty.Council;

namespace WorkingParty.Cards.Views;

/// <summary>
/// The secretariat's delegation roster: everyone who has a delegation in the store, those still unconfirmed first.
/// <see cref="Seeded"/> counts the users the configuration places; <see cref="Notice"/> says what was just done.
/// </summary>
public sealed record DelegationRosterView(IReadOnlyList<RosterMemberView> Members, int Seeded)
{
    public string? Notice { get; init; }
}

/// <summary>One user of the roster: confirmed once the secretariat or the configuration placed them (<see cref="PlacedBy"/>).</summary>
public sealed record RosterMemberView(string UserId, string Name, string Delegation, bool Confirmed, string PlacedBy);

/// <summary>The form that places one user in a delegation, with the one they have now chosen.</summary>
public sealed record DelegationAssignFormView(RosterMemberView Member, IReadOnlyList<Delegation> Delegations);
