namespace WorkingParty.Minutes.Corrections;

/// <summary>
/// The corrections of one meeting's minutes, at most one per fact, in the order they were first made. Immutable: each
/// change gives a new set.
/// </summary>
public sealed record CorrectionSet(IReadOnlyList<Correction> Corrections)
{
    public static CorrectionSet Empty { get; } = new([]);

    /// <summary>How many facts are corrected (bookkeeping such as <see cref="DeadlineContinues"/> aside).</summary>
    public int Count => Corrections.Count(c => c.IsFactCorrection);

    public Correction? Find(string factKey) => Corrections.FirstOrDefault(c => c.FactKey() == factKey);

    public T? Find<T>(string factKey) where T : Correction => Find(factKey) as T;

    /// <summary>The set with <paramref name="correction"/> in place of any earlier correction of the same fact.</summary>
    public CorrectionSet With(Correction correction)
    {
        var key = correction.FactKey();
        var index = Corrections.ToList().FindIndex(c => c.FactKey() == key);
        return new(index < 0 ? [.. Corrections, correction] : [.. Corrections.Take(index), correction, .. Corrections.Skip(index + 1)]);
    }

    /// <summary>The set without the correction of the fact, which is then as read again.</summary>
    public CorrectionSet Without(string factKey) => new(Corrections.Where(c => c.FactKey() != factKey).ToList());

    /// <summary>This set with every correction of <paramref name="later"/> made over it.</summary>
    public CorrectionSet Merge(CorrectionSet later) => later.Corrections.Aggregate(this, (set, correction) => set.With(correction));
}
