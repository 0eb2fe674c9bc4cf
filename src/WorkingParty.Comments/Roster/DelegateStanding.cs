namespace WorkingParty.Comments.Roster;

/// <summary>Who placed a user in a delegation.</summary>
public enum StandingSource
{
    /// <summary>The user, with their first comment: unconfirmed until the secretariat confirms it.</summary>
    SelfDeclared,

    /// <summary>The configuration's seed, <see cref="CommentsOptions.Delegates"/>.</summary>
    Configuration,

    /// <summary>The secretariat, on the roster card.</summary>
    Secretariat,
}

/// <summary>The delegation a user writes for, and who said so; only the user's own word is unconfirmed.</summary>
public sealed record DelegateStanding(string Delegation, StandingSource Source)
{
    public bool Confirmed => Source != StandingSource.SelfDeclared;
}
