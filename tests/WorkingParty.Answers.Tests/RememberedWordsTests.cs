using WorkingParty.Answers.Understanding;

namespace WorkingParty.Answers.Tests;

public class RememberedWordsTests
{
    [Fact]
    public void A_word_is_worked_out_once_and_remembered()
    {
        var workedOut = 0;
        var lengths = new RememberedWords<int[]>(word => [++workedOut, word.Length]);
        Assert.Equal([1, 7], lengths.Of("meeting"));
        Assert.Equal([1, 7], lengths.Of("meeting"));
        Assert.Equal([2, 8], lengths.Of("deadline"));
        Assert.Equal(2, workedOut);
    }

    [Fact]
    public void Beyond_the_words_remembered_a_new_word_is_worked_out_every_time()
    {
        var workedOut = 0;
        var lengths = new RememberedWords<int>(word => { workedOut++; return word.Length; });
        for (var i = 0; i < RememberedWords<int>.MostWords; i++) lengths.Of($"w{i}");
        Assert.Equal(RememberedWords<int>.MostWords, workedOut);
        Assert.Equal(9, lengths.Of("new-words"));
        Assert.Equal(9, lengths.Of("new-words"));
        Assert.Equal(RememberedWords<int>.MostWords + 2, workedOut);
        Assert.Equal(2, lengths.Of("w0"));
        Assert.Equal(RememberedWords<int>.MostWords + 2, workedOut);
    }

    [Fact]
    public void A_smaller_bound_named_for_longer_keys_holds_as_well()
    {
        var workedOut = 0;
        var lengths = new RememberedWords<int>(text => { workedOut++; return text.Length; }, most: 2);
        lengths.Of("the first sentence");
        lengths.Of("a second one");
        lengths.Of("a third one");
        lengths.Of("a third one");
        Assert.Equal(4, workedOut);
        Assert.Equal(18, lengths.Of("the first sentence"));
        Assert.Equal(4, workedOut);
    }

    /// <summary>
    /// The starting words a word matches, remembered per word, are those <see cref="EditDistance.Matches"/> accepts, for
    /// every cue set of the vocabulary: each cue word itself, its plural, one letter dropped, doubled, changed or two
    /// swapped, and words of no cue.
    /// </summary>
    [Fact]
    public void The_cue_words_a_word_matches_are_those_the_rule_accepts()
    {
        var vocabulary = Vocabulary.Default;
        var sets = vocabulary.Intents.Select(i => i.Cues)
            .Append(vocabulary.PastCues).Append(vocabulary.WorkshopCues).Append(vocabulary.WhenCues).Append(vocabulary.PeriodEndCues)
            .Select(cues => new CuePhrases(cues))
            .ToList();
        var words = sets.SelectMany(s => s.Phrases.SelectMany(p => p)).Distinct().SelectMany(Variants)
            .Concat(["x", "meetings", "the", "belgium", "encryption", "2019"])
            .Distinct()
            .ToList();
        Assert.True(words.Count > 1_000);
        foreach (var set in sets)
        {
            foreach (var word in words)
            {
                var expected = Enumerable.Range(0, set.FirstWords.Length).Where(f => EditDistance.Matches(word, set.FirstWords[f]));
                Assert.Equal(expected, set.FirstWordsMatchedBy(word));
                Assert.Equal(expected, set.FirstWordsMatchedBy(word));
            }
        }
    }

    private static IEnumerable<string> Variants(string word)
    {
        yield return word;
        yield return word + "s";
        for (var i = 0; i < word.Length; i++)
        {
            yield return word.Remove(i, 1);
            yield return word.Insert(i, word[i].ToString());
            yield return word[..i] + 'x' + word[(i + 1)..];
            if (i + 1 < word.Length) yield return word[..i] + word[i + 1] + word[i] + word[(i + 2)..];
        }
    }
}
