namespace WorkingParty.Comments;

/// <summary>
/// The Council's delegation codes in protocol order (the order the Council lists member states in,
/// by their names in their own languages); exports list delegations in this order.
/// </summary>
public static class Delegations
{
    private static readonly string[] ProtocolOrdered =
    [
        "BE", "BG", "CZ", "DK", "DE", "EE", "IE", "EL", "ES", "FR", "HR", "IT", "CY", "LV",
        "LT", "LU", "HU", "MT", "NL", "AT", "PL", "PT", "RO", "SI", "SK", "FI", "SE",
    ];

    public static IReadOnlyList<string> Codes => ProtocolOrdered;

    /// <summary>The code in upper case, or null when it is not a delegation's code.</summary>
    public static string? Normalize(string? code)
    {
        var upper = code?.Trim().ToUpperInvariant();
        return upper is not null && ProtocolOrdered.Contains(upper) ? upper : null;
    }

    /// <summary>The position in protocol order; codes outside the list come last.</summary>
    public static int ProtocolOrder(string code)
    {
        var index = Array.IndexOf(ProtocolOrdered, code);
        return index < 0 ? ProtocolOrdered.Length : index;
    }
}
