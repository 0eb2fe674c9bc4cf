using WorkingParty.Minutes.Model;

namespace WorkingParty.Minutes.Corrections;

/// <summary>
/// The stored minutes as delegates are answered from: each record as read, with the corrections kept beside it
/// applied over it (<see cref="CorrectionOverlay"/>). Records themselves are never changed.
/// </summary>
public sealed class MinutesOverlay(MinutesCorrections corrections)
{
    public async Task<IReadOnlyList<CorrectedMeeting>> ApplyAsync(IEnumerable<Meeting> read, CancellationToken cancellationToken = default)
    {
        var sets = new Dictionary<string, CorrectionSet>(StringComparer.Ordinal);
        await foreach (var (sourceId, set) in corrections.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            sets[sourceId] = set;
        }

        return read.Select(meeting => CorrectionOverlay.Apply(meeting, sets.GetValueOrDefault(MeetingSource.IdOf(meeting)) ?? CorrectionSet.Empty)).ToList();
    }
}
