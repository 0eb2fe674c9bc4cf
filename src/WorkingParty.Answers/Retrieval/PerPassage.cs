namespace WorkingParty.Answers.Retrieval;

/// <summary>
/// What one passage alone determines, worked out when first asked and kept by the index that holds the passage, so it
/// lives and goes with that library (new minutes build a new one). When searches race, it is worked out a few times.
/// </summary>
internal sealed class PerPassage<T>(int count, Func<Passage, T> compute)
    where T : class
{
    private readonly T?[] _known = new T?[count];

    public T Of(Passage passage)
    {
        if (Volatile.Read(ref _known[passage.Id]) is { } known) return known;
        var value = compute(passage);
        Volatile.Write(ref _known[passage.Id], value);
        return value;
    }
}
