using System.Security.Cryptography;

namespace WorkingParty.Bot.Tests.Support;

/// <summary>Every file of a file store and a hash of its content: equal snapshots mean nothing was written, created or removed.</summary>
public static class StoreSnapshot
{
    public static SortedDictionary<string, string> Of(string folder) => new(
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(file => Path.GetRelativePath(folder, file), file => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file)))),
        StringComparer.Ordinal);
}
