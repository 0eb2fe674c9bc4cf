namespace WorkingParty.Comments.Model;

/// <summary>Who wrote or changed a comment: the Teams user id and the name shown for it.</summary>
public sealed record CommentAuthor(string UserId, string DisplayName);
