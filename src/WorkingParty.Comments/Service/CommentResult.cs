using WorkingParty.Comments.Model;

namespace WorkingParty.Comments.Service;

/// <summary>The outcome of a change to a comment; refusals are sentences a delegate can read.</summary>
public abstract record CommentResult
{
    private CommentResult()
    {
    }

    /// <summary>The comment is durably stored as shown; <see cref="ETag"/> is what an edit must hand back.</summary>
    public sealed record Accepted(Comment Comment, string ETag) : CommentResult;

    public sealed record Rejected(string Reason) : CommentResult;

    /// <summary>The comment changed since the caller read it; here is the latest version.</summary>
    public sealed record Conflict(Comment Latest, string ETag) : CommentResult;
}
