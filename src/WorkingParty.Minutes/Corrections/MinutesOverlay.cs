using WorkingParty.Minutes.Publication;

namespace WorkingParty.Minutes.Corrections;

/// <summary>
/// The stored minutes as the secretariat has them: each record as read, with the corrections kept beside it applied
/// over it (<see cref="CorrectionOverlay"/>) and its publication (who published it, whether it is withdrawn). Records
/// themselves are never changed. Delegates are answered from <see cref="AnswerableAsync"/>: withdrawn minutes left out.
/// </summary>
public sealed class MinutesOverlay(MinutesCorrections corrections, MinutesPublications publications)
{
    public async Task<IReadOnlyList<OverlaidMinutes>> ApplyAsync(IEnumerable<Meeting> read, CancellationToken cancellationToken = default)
    {
        var sets = new Dictionary<string, CorrectionSet>(StringComparer.Ordinal);
        await foreach (var (sourceId, set) in corrections.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            sets[sourceId] = set;
        }

        var published = new Dictionary<string, MinutesPublication>(StringComparer.Ordinal);
        await foreach (var (sourceId, publication) in publications.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            published[sourceId] = publication;
        }

        return read.Select(meeting =>
        {
            var source = MeetingSource.IdOf(meeting);
            var set = sets.GetValueOrDefault(source) ?? CorrectionSet.Empty;
            return new OverlaidMinutes(source, CorrectionOverlay.Apply(meeting, set), set, published.GetValueOrDefault(source) ?? MinutesPublication.FromFolder);
        }).ToList();
    }

    /// <summary>The minutes delegates are answered from: corrected, neither withdrawn nor replaced by a revision.</summary>
    public async Task<IReadOnlyList<OverlaidMinutes>> AnswerableAsync(IEnumerable<Meeting> read, CancellationToken cancellationToken = default) =>
        (await ApplyAsync(read, cancellationToken).ConfigureAwait(false)).Where(m => m.Publication.IsAnswerable).ToList();
}

/// <summary>One meeting's minutes: their source id, the record with its corrections applied, the corrections, and their publication.</summary>
public sealed record OverlaidMinutes(string SourceId, CorrectedMeeting Corrected, CorrectionSet Corrections, MinutesPublication Publication);
