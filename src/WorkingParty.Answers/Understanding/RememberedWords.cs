using System.Collections.Concurrent;

namespace WorkingParty.Answers.Understanding;

/// <summary>
/// What a word alone determines, given data that never changes (its question stems, the cue words or aliases it may
/// start), worked out the first time the word is seen and remembered for the next ones: questions and minutes repeat the
/// same few thousand words. At most <see cref="MostWords"/> words are remembered (or the fewer a caller names, for
/// longer keys such as the sentences quoted), so that endless new words cannot fill the memory; beyond that a new word is
/// worked out every time. When threads race on a new word, it is worked out twice,
/// to the same value. The values are shared: callers must not change them.
/// </summary>
internal sealed class RememberedWords<T>(Func<string, T> compute, int most = RememberedWords<T>.MostWords)
{
    public const int MostWords = 100_000;

    private readonly ConcurrentDictionary<string, T> _known = new(StringComparer.Ordinal);
    private int _remembered;

    public T Of(string word)
    {
        if (_known.TryGetValue(word, out var known)) return known;
        var value = compute(word);
        // ConcurrentDictionary.Count takes every lock of the dictionary: the words remembered are counted apart, so
        // that the cores building the index at start-up do not queue on each other's words.
        if (Volatile.Read(ref _remembered) < most && _known.TryAdd(word, value)) Interlocked.Increment(ref _remembered);
        return value;
    }
}
