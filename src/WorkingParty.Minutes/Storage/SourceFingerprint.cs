using System.Security.Cryptography;

namespace WorkingParty.Minutes.Storage;

/// <summary>
/// Identifies the content of a minutes file as the reader sees it: the SHA-256 of its bytes, its last-write
/// day (the reader falls back on that day when the text names no meeting date, so it is part of the input), and the
/// reader's edition (new rules read stored minutes again).
/// </summary>
public static class SourceFingerprint
{
    /// <summary>The fingerprint of the file, or null when it cannot be read (the reader then says why).</summary>
    public static async Task<string?> TryComputeAsync(string path, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var stream = File.OpenRead(path);
            var hash = await SHA256.HashDataAsync(stream, cancellationToken).ConfigureAwait(false);
            var day = DateOnly.FromDateTime(File.GetLastWriteTimeUtc(path));
            return $"sha256:{Convert.ToHexStringLower(hash)};{day:yyyy-MM-dd};reader:{Reading.ReaderEdition.Current}";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
