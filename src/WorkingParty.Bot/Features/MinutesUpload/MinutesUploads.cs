using WorkingParty.Minutes.Model;
using WorkingParty.Minutes.Storage;
using WorkingParty.Storage;

namespace WorkingParty.Bot.Features.MinutesUpload;

/// <summary>An uploaded file read as minutes, waiting for the secretariat to publish or discard it.</summary>
public sealed record MinutesUpload(string FileName, string MeetingJson, string UploadedBy, DateTimeOffset UploadedAt, bool Published = false)
{
    public Meeting Meeting => WorkingParty.Minutes.Storage.MeetingJson.Deserialize(MeetingJson);
}

/// <summary>Uploads under <c>minutes-uploads/{id}</c>: kept until published (then marked) or discarded (then deleted).</summary>
public sealed class MinutesUploads(IDocumentStore store, TimeProvider time)
{
    private readonly DocumentCollection<MinutesUpload> _uploads = new(store, "minutes-uploads");

    public async Task<string> AddAsync(string fileName, Meeting meeting, string uploadedBy, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var id = $"{now.UtcDateTime:yyyyMMdd-HHmmss}-{Guid.NewGuid().ToString("N")[..8]}";
        await _uploads.TryCreateAsync(id, new MinutesUpload(fileName, MeetingJson.Serialize(meeting), uploadedBy, now), cancellationToken);
        return id;
    }

    public async Task<MinutesUpload?> GetAsync(string id, CancellationToken cancellationToken) =>
        IsValidId(id) ? (await _uploads.GetAsync(id, cancellationToken))?.Value : null;

    public async Task MarkPublishedAsync(string id, CancellationToken cancellationToken) =>
        await _uploads.SaveAsync(id, upload => upload! with { Published = true }, cancellationToken);

    public Task<bool> DeleteAsync(string id, CancellationToken cancellationToken) => _uploads.DeleteAsync(id, cancellationToken);

    // Ids come back from card buttons; anything we could not have issued is simply unknown.
    private static bool IsValidId(string id) => id.Length is > 0 and <= 40 && id.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');
}
