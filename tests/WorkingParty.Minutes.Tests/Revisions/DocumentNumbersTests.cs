using WorkingParty.Minutes.Revisions;

namespace WorkingParty.Minutes.Tests.Revisions;

public sealed class DocumentNumbersTests
{
    [Theory]
    [InlineData("7130/17", "7130/1/17 REV 1")]
    [InlineData("7130/17", "7130/17 COR 1")]
    [InlineData("7130/17", "ST 7130/17")]
    [InlineData("WK 2569/2017", "WK 2569/2017 REV 1")]
    [InlineData("WK 2569/2017", "wk  2569/1/2017 rev 2")]
    [InlineData("10577/19", "10577/19")]
    public void Versions_of_one_document_share_its_number(string one, string other) => Assert.True(DocumentNumbers.SameDocument(one, other));

    [Theory]
    [InlineData("7130/17", "7131/17")]
    [InlineData("7130/17", "7130/18")]
    [InlineData("WK 2569/2017", "2569/17")]
    [InlineData(null, null)]
    [InlineData("", "7130/17")]
    public void Other_or_missing_numbers_are_other_documents(string? one, string? other) => Assert.False(DocumentNumbers.SameDocument(one, other));
}
