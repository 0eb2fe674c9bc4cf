using System.Text.Json;

namespace WorkingParty.Council;

/// <summary>
/// The Council's delegations (delegations.json): the Member States in protocol order, then the others minutes name
/// (the UK, for older minutes, and the Schengen associated states). Found by code, country or adjective:
/// "Hungary", "Hungarian", "HU" and "the HU delegation" all find HU.
/// </summary>
public sealed class DelegationTable
{
    private const string ResourceName = "WorkingParty.Council.delegations.json";
    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };
    private readonly Dictionary<string, Delegation> _byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> _protocolOrder;

    private DelegationTable(TableFile file)
    {
        MemberStates = file.MemberStates.Select(entry => entry.ToDelegation()).ToList();
        All = [.. MemberStates, .. file.Others.Select(entry => entry.ToDelegation())];
        _protocolOrder = MemberStates.Select((delegation, index) => (delegation.Code, index)).ToDictionary(StringComparer.Ordinal);
        foreach (var delegation in All)
        {
            foreach (var name in delegation.Names)
            {
                _byName.TryAdd(name, delegation);
            }
        }
    }

    /// <summary>The JSON text of the table shipped inside this assembly.</summary>
    public static string Json { get; } = ReadEmbeddedJson();

    /// <summary>The table shipped inside this assembly.</summary>
    public static DelegationTable Default { get; } = new(
        JsonSerializer.Deserialize<TableFile>(Json, JsonOptions)
        ?? throw new InvalidDataException("The delegation table is empty."));

    /// <summary>The Member States in protocol order, then the others.</summary>
    public IReadOnlyList<Delegation> All { get; }

    /// <summary>The Member States in protocol order (the order the Council lists them in); exports follow it.</summary>
    public IReadOnlyList<Delegation> MemberStates { get; }

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

    /// <summary>A Member State's code in upper case, or null when the code is no Member State's.</summary>
    public string? MemberStateCode(string? code)
    {
        var upper = code?.Trim().ToUpperInvariant();
        return upper is not null && _protocolOrder.ContainsKey(upper) ? upper : null;
    }

    /// <summary>The position of a Member State's code in protocol order; other codes come last.</summary>
    public int ProtocolOrder(string code) => _protocolOrder.GetValueOrDefault(code, MemberStates.Count);

    private static string ReadEmbeddedJson()
    {
        using var stream = typeof(DelegationTable).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private sealed record TableFile(IReadOnlyList<Entry> MemberStates, IReadOnlyList<Entry> Others);

    private sealed record Entry(string Code, string Country, IReadOnlyList<string>? OtherNames, IReadOnlyList<string> Adjectives)
    {
        public Delegation ToDelegation() => new(Code, Country, OtherNames ?? [], Adjectives);
    }
}
