using System.Security.Cryptography;
using System.Text;
using Microsoft.Bot.Schema;
using WorkingParty.Minutes.Model;
using WorkingParty.Minutes.Storage;
using WorkingParty.Storage;

namespace WorkingParty.Bot.Features.MinutesUpload;

/// <summary>An uploaded file read as minutes, waiting for the secretariat to publish or discard it.</summary>
public sealed record MinutesUpload(string FileName, string MeetingJson, string UploadedBy, DateTimeOffset UploadedAt, bool Published = false)
{
    public Meeting Meeting => WorkingParty.Minutes.Storage.MeetingJson.Deserialize(MeetingJson);
}

/// <summary>
/// Uploads under <c>minutes-uploads/{id}</c>: kept until published (then marked) or discarded (then deleted). The id
/// comes from the activity that carried the file, so a delivery of it again, on any instance, finds the upload it made.
/// </summary>
public sealed class MinutesUploads(IDocumentStore store, TimeProvider time)
{
    private readonly DocumentCollection<MinutesUpload> _uploads = new(store, "minutes-uploads");

    /// <summary>The id of the upload of the <paramref name="attachment"/>th file of <paramref name="activity"/>.</summary>
    public static string IdFor(IActivity activity, int attachment) => string.IsNullOrEmpty(activity.Id)
        ? Guid.NewGuid().ToString("N")
        : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{activity.ChannelId}\u001F{activity.Conversation?.Id}\u001F{activity.Id}\u001F{attachment}")), 0, 16);

    /// <summary>Keeps the upload; when <paramref name="id"/> is taken (the same file delivered twice), the first stays.</summary>
    public async Task AddAsync(string id, string fileName, Meeting meeting, string uploadedBy, CancellationToken cancellationToken) =>
        await _uploads.TryCreateAsync(id, new MinutesUpload(fileName, MeetingJson.Serialize(meeting), uploadedBy, time.GetUtcNow()), cancellationToken);

    public async Task<MinutesUpload?> GetAsync(string id, CancellationToken cancellationToken) =>
        IsValidId(id) ? (await _uploads.GetAsync(id, cancellationToken))?.Value : null;

    public async Task MarkPublishedAsync(string id, CancellationToken cancellationToken) =>
        await _uploads.SaveAsync(id, upload => upload! with { Published = true }, cancellationToken);

    public Task<bool> DeleteAsync(string id, CancellationToken cancellationToken) => _uploads.DeleteAsync(id, cancellationToken);

    // Ids come back from card buttons; anything we could not have issued is simply unknown.
    private static bool IsValidId(string id) => id.Length is > 0 and <= 40 && id.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');
}
