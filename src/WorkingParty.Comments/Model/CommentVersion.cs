namespace WorkingParty.Comments.Model;

/// <summary>One version of a comment's text; earlier versions are kept when a comment is edited.</summary>
public sealed record CommentVersion(string Text, DateTimeOffset At, CommentAuthor Author);
