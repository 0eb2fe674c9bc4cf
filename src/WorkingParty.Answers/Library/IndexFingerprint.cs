using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using WorkingParty.Minutes.Storage;

namespace WorkingParty.Answers.Library;

/// <summary>
/// The key a built passage index is kept under: the SHA-256 of the edition of the code that builds it and of every
/// meeting it is built from, in the library's order, as JSON (the same form the minutes store keeps).
/// </summary>
internal static class IndexFingerprint
{
    public static string Of(IReadOnlyList<Meeting> meetings, string edition)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(edition));
        Span<byte> length = stackalloc byte[sizeof(int)];
        foreach (var meeting in meetings)
        {
            var json = JsonSerializer.SerializeToUtf8Bytes(meeting, MeetingJson.Options);
            // Each record's length first, so that no two lists of meetings hash the same bytes.
            BitConverter.TryWriteBytes(length, json.Length);
            hash.AppendData(length);
            hash.AppendData(json);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
