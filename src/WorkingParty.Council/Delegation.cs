namespace WorkingParty.Council;

/// <summary>A delegation in the Council: its code as minutes write it ("HU"), its country, other names and adjectives.</summary>
public sealed record Delegation(string Code, string Country, IReadOnlyList<string> OtherNames, IReadOnlyList<string> Adjectives)
{
    /// <summary>Every name it goes by, each once: adjectives, other names, country and code.</summary>
    public IReadOnlyList<string> Names { get; } =
        Adjectives.Concat(OtherNames).Append(Country).Append(Code).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
}
