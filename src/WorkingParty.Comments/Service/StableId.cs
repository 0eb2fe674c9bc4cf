using System.Security.Cryptography;
using System.Text;

namespace WorkingParty.Comments.Service;

/// <summary>Short ids derived from their inputs, safe in any storage key.</summary>
internal static class StableId
{
    public static string Of(params string[] parts)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001F', parts)));
        return Convert.ToHexStringLower(hash, 0, 10);
    }
}
