using WorkingParty.Answers.Understanding;

namespace WorkingParty.Answers.Tests;

public class DocumentReferenceTests
{
    [Theory]
    [InlineData("doc 8043/17", "8043/17")]
    [InlineData("ST 8043/17", "8043/17")]
    [InlineData("8043/17", "8043/17")]
    [InlineData("st8043/2017", "8043/17")]
    [InlineData("WK 2569/2017", "WK2569/17")]
    [InlineData("wk 2569/17", "WK2569/17")]
    [InlineData("CM 1235/2/20 REV 2", "CM1235/2/20REV2")]
    public void A_reference_has_one_key_however_it_is_written(string reference, string key) =>
        Assert.Equal(key, DocumentReference.Key(reference));

    [Theory]
    [InlineData("CM 1235/2/20 REV 2")]
    [InlineData("CM 1235/20")]
    [InlineData("cm 1235/1/2020")]
    public void Copies_and_revisions_share_the_base_key(string reference) =>
        Assert.Equal("CM1235/20", DocumentReference.BaseKey(reference));
}
