using WorkingParty.Minutes.Definitions;

namespace WorkingParty.Minutes.Delegations;

/// <summary>
/// The Council delegation codes of the Member States (and the UK, for older minutes), looked up by code,
/// country name or adjective: "Hungary", "Hungarian", "HU" and "the HU delegation" all find HU.
/// </summary>
public sealed class DelegationTable
{
    private readonly Dictionary<string, Delegation> _byName = new(StringComparer.OrdinalIgnoreCase);

    public DelegationTable(IEnumerable<DelegationDefinition> definitions)
    {
        var all = new List<Delegation>();
        foreach (var definition in definitions)
        {
            var names = definition.Adjectives.Concat(definition.OtherNames ?? []).Append(definition.Country).Append(definition.Code)
                .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            var delegation = new Delegation(definition.Code, definition.Country, names);
            all.Add(delegation);
            foreach (var name in names)
            {
                _byName.TryAdd(name, delegation);
            }
        }

        All = all;
    }

    /// <summary>The table in the embedded definitions.</summary>
    public static DelegationTable Default { get; } = new(MinutesDefinitions.Default.Delegations);

    public IReadOnlyList<Delegation> All { get; }

    /// <summary>Finds a delegation by code, country or adjective, with or without "the ... delegation" around it.</summary>
    public Delegation? Find(string name)
    {
        var key = name.Trim();
        if (key.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            key = key[4..];
        }

        foreach (var suffix in new[] { " delegations", " delegation" })
        {
            if (key.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                key = key[..^suffix.Length];
            }
        }

        return _byName.GetValueOrDefault(key.Trim());
    }
}
