using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Serialization;
using WorkingParty.Bot.Features.MinutesReview;
using WorkingParty.Minutes.Corrections;
using WorkingParty.Minutes.Model;
using WorkingParty.Minutes.Publication;
using WorkingParty.Minutes.Revisions;
using WorkingParty.Minutes.Storage;
using WorkingParty.Storage;
using WorkingParty.Storage.Collections;

namespace WorkingParty.Bot.Features.MinutesUpload;

/// <summary>
/// An uploaded file read as minutes: the record as read, the corrections the secretariat makes in the review card
/// (which start as those the same minutes already have), and whether it was published (by whom, when) or discarded.
/// <see cref="Version"/> counts the changes, so a card showing an older version is not acted on blindly.
/// </summary>
public sealed record UploadedMinutes(string FileName, string MeetingJson, string UploadedBy, DateTimeOffset UploadedAt, bool Published = false)
{
    [JsonIgnore]
    public Meeting Meeting => WorkingParty.Minutes.Storage.MeetingJson.Deserialize(MeetingJson);

    public CorrectionSet Corrections { get; init; } = CorrectionSet.Empty;

    public int Version { get; init; }

    public bool Discarded { get; init; }

    /// <summary>A review of minutes already published (the list's Review): Publish stores it only while they still are.</summary>
    public bool ReviewsPublished { get; init; }

    public string? PublishedBy { get; init; }

    public DateTimeOffset? PublishedAt { get; init; }

    /// <summary>The stored minutes this file is a new version of (a revision), which Publish replaces; null for new minutes.</summary>
    public EarlierVersion? Revises { get; init; }

    /// <summary>What this version changes against the one it revises, as read with the corrections that carried over.</summary>
    public MinutesChanges? Changes { get; init; }

    [JsonIgnore]
    public bool IsPending => !Published && !Discarded;

    /// <summary>The record with the corrections applied, as it is reviewed and, once published, answered from.</summary>
    public CorrectedMeeting Corrected() => CorrectionOverlay.Apply(Meeting, Corrections);
}

/// <summary>
/// Uploads under <c>minutes-uploads/{id}</c>: kept while pending, marked when published, deleted once discarded. Every
/// change replaces the version read (optimistic concurrency), so of two secretaries acting at once one wins and the
/// other learns it. The id comes from the activity that carried the file, so a delivery of it again, on any instance,
/// finds the upload it made.
/// </summary>
public sealed class MinutesUploads(IDocumentStore store, TimeProvider time)
{
    private readonly DocumentCollection<UploadedMinutes> _uploads = new(store, "minutes-uploads");

    /// <summary>The id of the upload of the <paramref name="attachment"/>th file of <paramref name="activity"/>.</summary>
    public static string IdFor(IActivity activity, int attachment) => string.IsNullOrEmpty(activity.Id)
        ? Guid.NewGuid().ToString("N")
        : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{activity.ChannelId}\u001F{activity.Conversation?.Id}\u001F{activity.Id}\u001F{attachment}")), 0, 16);

    /// <summary>Keeps the upload; when <paramref name="id"/> is taken (the same file delivered twice), the first stays.</summary>
    public async Task AddAsync(string id, string fileName, Meeting meeting, string uploadedBy, UploadBaseline baseline, CancellationToken cancellationToken,
        bool reviewsPublished = false) =>
        await _uploads.TryCreateAsync(id, new UploadedMinutes(fileName, MeetingJson.Serialize(meeting), uploadedBy, time.GetUtcNow())
        {
            Corrections = baseline.Corrections, Revises = baseline.Revises, Changes = baseline.Changes, ReviewsPublished = reviewsPublished,
        }, cancellationToken);

    public async Task<UploadedMinutes?> GetAsync(string id, CancellationToken cancellationToken) =>
        (await GetVersionedAsync(id, cancellationToken))?.Value;

    public async Task<Versioned<UploadedMinutes>?> GetVersionedAsync(string id, CancellationToken cancellationToken) =>
        IsValidId(id) ? await _uploads.GetAsync(id, cancellationToken) : null;

    /// <summary>Replaces the version read (<paramref name="etag"/>), one version later; null, and nothing changed, when someone changed it first.</summary>
    public Task<Versioned<UploadedMinutes>?> TryReplaceAsync(string id, UploadedMinutes upload, string etag, CancellationToken cancellationToken) =>
        _uploads.TryReplaceAsync(id, upload with { Version = upload.Version + 1 }, etag, cancellationToken);

    public Task<bool> DeleteAsync(string id, CancellationToken cancellationToken) => _uploads.DeleteAsync(id, cancellationToken);

    // Ids come back from card buttons; anything we could not have issued is simply unknown.
    private static bool IsValidId(string id) => id.Length is > 0 and <= 40 && id.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');
}
