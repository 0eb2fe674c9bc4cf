using System.Globalization;

namespace WorkingParty.Comments.Rules;

/// <summary>
/// The rules for the text of a comment: required, trimmed, at most a configured length, no control
/// characters but newline and tab (line breaks are stored as "\n"). HTML and markdown are kept as
/// written: nothing is interpreted or stripped.
/// </summary>
public static class CommentText
{
    /// <summary>The cleaned text, or a sentence saying what is wrong with it.</summary>
    public static (string? Text, string? Problem) Clean(string? raw, int maxLength)
    {
        var text = NormalizeLineBreaks(raw).Trim();
        if (text.Length == 0)
            return (null, "Please write your comment: the text is empty.");
        if (text.Length > maxLength)
        {
            return (null, string.Create(CultureInfo.InvariantCulture,
                $"The comment is {text.Length:N0} characters long; the limit is {maxLength:N0}. Please shorten it."));
        }

        return ControlCharacterProblem(text, "comment", allowLineBreaks: true) is { } problem ? (null, problem) : (text, null);
    }

    /// <summary>The optional document reference, trimmed (null when blank), or a sentence saying what is wrong with it.</summary>
    public static (string? Reference, string? Problem) CleanDocumentReference(string? raw, int maxLength)
    {
        var reference = raw?.Trim();
        if (string.IsNullOrEmpty(reference))
            return (null, null);
        if (reference.Length > maxLength)
            return (null, $"The document reference may hold at most {maxLength} characters.");
        return ControlCharacterProblem(reference, "document reference", allowLineBreaks: false) is { } problem ? (null, problem) : (reference, null);
    }

    private static string NormalizeLineBreaks(string? raw) =>
        (raw ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

    private static string? ControlCharacterProblem(string text, string what, bool allowLineBreaks)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var allowed = allowLineBreaks && text[i] is '\n' or '\t';
            if (char.IsControl(text[i]) && !allowed)
            {
                return string.Create(CultureInfo.InvariantCulture,
                    $"The {what} holds an invisible control character (U+{(int)text[i]:X4}) at position {i + 1}. Please remove it and send it again.");
            }
        }
        return null;
    }
}
