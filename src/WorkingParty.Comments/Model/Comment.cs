using System.Text.Json.Serialization;

namespace WorkingParty.Comments.Model;

/// <summary>
/// A delegation's written comment on one deadline. <see cref="Versions"/> holds every text it
/// has had, oldest first; the last is the current one. Text is kept exactly as written (HTML or
/// markdown included) and must be shown literally.
/// </summary>
public sealed record Comment(
    string Id,
    string DeadlineId,
    string Delegation,
    CommentAuthor Author,
    string? DocumentReference,
    IReadOnlyList<CommentVersion> Versions,
    CommentStatus Status,
    DateTimeOffset ReceivedAt,
    bool Late = false,
    CommentAuthor? AcceptedLateBy = null)
{
    [JsonIgnore]
    public CommentVersion Current => Versions[^1];

    [JsonIgnore]
    public string Text => Current.Text;
}
