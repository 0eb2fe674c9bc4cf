using System.Globalization;
using System.Text;

namespace WorkingParty.Storage.Files;

/// <summary>
/// Maps one key segment to a file or folder name and back. '%', '.' and the characters Windows
/// refuses in names are written as %XX, so an encoded name never holds a dot: the store's own
/// suffixes (".json", ".tmp", ".lock") can never collide with a key.
/// </summary>
internal static class FileName
{
    private const string Escaped = "%.:*?\"<>|";

    // Most file systems allow 255 bytes per name; keep room for the temp-file suffix.
    private const int MaxEncodedBytes = 200;

    public static string Encode(string segment)
    {
        var name = new StringBuilder(segment.Length);
        foreach (var c in segment)
        {
            if (Escaped.Contains(c))
                name.Append('%').Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
            else
                name.Append(c);
        }
        var encoded = name.ToString();
        if (Encoding.UTF8.GetByteCount(encoded) > MaxEncodedBytes)
            throw new ArgumentException($"The key segment '{segment}' is too long for the file store.", nameof(segment));
        return encoded;
    }

    /// <summary>Returns null for names this store did not write.</summary>
    public static string? Decode(string name)
    {
        if (name.Contains('.'))
            return null;
        var segment = new StringBuilder(name.Length);
        for (var i = 0; i < name.Length; i++)
        {
            if (name[i] != '%')
            {
                segment.Append(name[i]);
                continue;
            }
            if (i + 2 >= name.Length || !byte.TryParse(name.AsSpan(i + 1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code))
                return null;
            segment.Append((char)code);
            i += 2;
        }
        return segment.ToString();
    }
}
