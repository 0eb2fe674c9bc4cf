using WorkingParty.Minutes.Model;
using WorkingParty.Minutes.Reading;

namespace WorkingParty.Minutes.Storage;

/// <summary>
/// Reads every file of a minutes folder into the repository (at start-up, say). A file that is not minutes is
/// reported and skipped; the others are still stored.
/// </summary>
public sealed class MinutesFolderIngester(MinutesReader reader, MeetingRepository repository)
{
    public async Task<IngestReport> IngestAsync(string folder, CancellationToken cancellationToken = default)
    {
        var stored = new List<Meeting>();
        var rejected = new List<MinutesRejection>();
        foreach (var file in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
        {
            var result = await reader.TryReadAsync(file, IngestOptions.None, cancellationToken).ConfigureAwait(false);
            if (result.Meeting is { } meeting)
            {
                await repository.SaveAsync(meeting, cancellationToken).ConfigureAwait(false);
                stored.Add(meeting);
            }
            else
            {
                rejected.Add(result.Rejection!);
            }
        }

        return new IngestReport(stored, rejected);
    }
}
