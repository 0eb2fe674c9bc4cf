namespace WorkingParty.Cards.Views;

/// <summary>A delegation as the Council writes it: its code (protocol order) and name.</summary>
public sealed record Delegation(string Code, string Name);

/// <summary>The Member State delegations in the Council's protocol order, with the Council's two-letter codes.</summary>
public static class CouncilDelegations
{
    public static IReadOnlyList<Delegation> MemberStates { get; } =
    [
        new("BE", "Belgium"), new("BG", "Bulgaria"), new("CZ", "Czechia"), new("DK", "Denmark"),
        new("DE", "Germany"), new("EE", "Estonia"), new("IE", "Ireland"), new("EL", "Greece"),
        new("ES", "Spain"), new("FR", "France"), new("HR", "Croatia"), new("IT", "Italy"),
        new("CY", "Cyprus"), new("LV", "Latvia"), new("LT", "Lithuania"), new("LU", "Luxembourg"),
        new("HU", "Hungary"), new("MT", "Malta"), new("NL", "Netherlands"), new("AT", "Austria"),
        new("PL", "Poland"), new("PT", "Portugal"), new("RO", "Romania"), new("SI", "Slovenia"),
        new("SK", "Slovakia"), new("FI", "Finland"), new("SE", "Sweden"),
    ];
}
