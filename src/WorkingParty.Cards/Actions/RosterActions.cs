namespace WorkingParty.Cards.Actions;

/// <summary>The secretariat's delegation roster, from <see cref="Offset"/> (the next page of the list).</summary>
public sealed record ShowDelegationRoster(int Offset = 0) : ButtonData
{
    protected override bool IsComplete => Offset >= 0;
}

/// <summary>Open the form that places one user of the roster in a delegation.</summary>
public sealed record ChangeDelegation(string UserId) : ButtonData;

/// <summary>
/// The secretariat places a user in <see cref="Delegation"/>: "Confirm" on the roster carries the one the user declared,
/// the form's choice (<see cref="CardInputs.Delegation"/>) arrives merged in.
/// </summary>
public sealed record AssignDelegation(string UserId) : ButtonData
{
    public string? Delegation { get; init; }
}
