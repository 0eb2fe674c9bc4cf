using System.Security.Cryptography;
using System.Text;
using WorkingParty.Council;

namespace WorkingParty.Minutes.Reading;

/// <summary>
/// Which reader read a record: its rules and its code. A stored record read by another edition is read again, so
/// better rules reach minutes already stored.
/// </summary>
public static class ReaderEdition
{
    public static string Current { get; } = Compute();

    private static string Compute()
    {
        var code = typeof(ReaderEdition).Assembly.ManifestModule.ModuleVersionId.ToString("N");
        var rules = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(MinutesDefinitions.DefaultJson + DelegationTable.Json)));
        return $"{code[..12]}-{rules[..12]}";
    }
}
