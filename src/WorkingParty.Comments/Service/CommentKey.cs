using WorkingParty.Storage;

namespace WorkingParty.Comments.Service;

/// <summary>Where a comment is stored: "{deadline id}/{comment id}" in the "comments" collection, so a deadline's comments list together.</summary>
internal static class CommentKey
{
    public static string Of(string deadlineId, string commentId) => $"{deadlineId}/{commentId}";

    public static string CommentIdOf(string key) => key[(key.LastIndexOf('/') + 1)..];

    /// <summary>False for ids that could not have come from this service (a forged card action).</summary>
    public static bool IsValid(string? deadlineId, string? commentId) =>
        !string.IsNullOrEmpty(deadlineId) && !string.IsNullOrEmpty(commentId) && !commentId.Contains('/')
        && DocumentKey.IsValid(Of(deadlineId, commentId));
}
