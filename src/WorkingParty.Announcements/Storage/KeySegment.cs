using System.Security.Cryptography;
using System.Text;

namespace WorkingParty.Announcements.Storage;

/// <summary>
/// Turns an outside identifier (a Teams conversation or user id, with ':', ';' and '@', often long)
/// into a short key segment that is the same every time, so that keys built from it are idempotent.
/// </summary>
internal static class KeySegment
{
    public const int HashLength = 32;

    public static string Hash(string identifier) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identifier)))[..HashLength];

    /// <summary>A readable segment for ids we choose ourselves: letters, digits and '-' kept, the rest become '-'.</summary>
    public static string Slug(string identifier)
    {
        var chars = identifier.Trim().ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray();
        var slug = new string(chars).Trim('-');
        return slug.Length == 0 ? Hash(identifier) : slug.Length > 80 ? slug[..48] + "-" + Hash(identifier)[..16] : slug;
    }
}
