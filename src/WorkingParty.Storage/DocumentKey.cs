namespace WorkingParty.Storage;

/// <summary>
/// The rules every store applies to keys, so that a key valid in one store is valid in all:
/// '/'-separated segments, none empty, none ending with '.' (which rules out "." and ".."; blob
/// URLs and Windows both drop trailing dots), no control characters, no backslash.
/// </summary>
public static class DocumentKey
{
    public const int MaxLength = 1024;

    public static void Validate(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length == 0)
            throw new ArgumentException("A document key may not be empty.", nameof(key));
        ValidatePath(key, nameof(key));
    }

    /// <summary>A listing prefix may be empty or end with '/'; the whole segments it holds follow the key rules.</summary>
    public static void ValidatePrefix(string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        var lastSlash = prefix.LastIndexOf('/');
        if (lastSlash >= 0)
            ValidatePath(prefix[..lastSlash], nameof(prefix));
        if (prefix.Length > MaxLength || prefix.Any(IsForbidden))
            throw new ArgumentException($"The prefix '{prefix}' holds characters no key may hold.", nameof(prefix));
    }

    public static string[] Segments(string key) => key.Split('/');

    private static void ValidatePath(string path, string paramName)
    {
        if (path.Length > MaxLength)
            throw new ArgumentException($"A document key may hold at most {MaxLength} characters.", paramName);
        if (path.Any(IsForbidden))
            throw new ArgumentException($"The document key '{Printable(path)}' holds a control character or a backslash.", paramName);
        foreach (var segment in Segments(path))
        {
            if (segment.Length == 0)
                throw new ArgumentException($"The document key '{path}' has an empty segment (a leading, trailing or double '/').", paramName);
            if (segment.EndsWith('.'))
                throw new ArgumentException($"The document key '{path}' has a segment ending with '.', which could escape or alias another key.", paramName);
        }
    }

    private static bool IsForbidden(char c) => char.IsControl(c) || c == '\\';

    private static string Printable(string s) => new(s.Select(c => char.IsControl(c) ? '?' : c).ToArray());
}
