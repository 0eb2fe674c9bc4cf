namespace WorkingParty.Minutes.Delegations;

/// <summary>A Member State's delegation in the Council: its code (as minutes name it), country and adjectives.</summary>
public sealed record Delegation(string Code, string Country, IReadOnlyList<string> Names)
{
    /// <summary>The actor name the minutes record uses for this delegation, e.g. "HU".</summary>
    public string ActorName => Code;

    /// <summary>How minutes refer to it: "the HU delegation".</summary>
    public string Phrase => $"the {Code} delegation";
}
