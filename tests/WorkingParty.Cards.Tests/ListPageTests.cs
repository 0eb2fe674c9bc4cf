using WorkingParty.Cards.Presentation;

namespace WorkingParty.Cards.Tests;

public sealed class ListPageTests
{
    private static readonly IReadOnlyList<int> Forty = Enumerable.Range(1, 40).ToList();

    [Theory]
    [InlineData(int.MaxValue)]
    [InlineData(40)]
    [InlineData(1_000_000)]
    public void An_offset_past_the_end_shows_the_last_page(int offset)
    {
        var page = new ListPage(null, offset, 15);

        Assert.Equal(Enumerable.Range(31, 10), page.Slice(Forty));
        Assert.Equal("Showing 31 to 40 of 40.", page.FooterText(Forty.Count));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    public void An_offset_below_zero_shows_the_first_page(int offset)
    {
        var page = new ListPage(null, offset, 15);

        Assert.Equal(Enumerable.Range(1, 15), page.Slice(Forty));
        Assert.Equal("Showing 1 to 15 of 40. Ask a narrower question to see the rest.", page.FooterText(Forty.Count));
    }

    [Fact]
    public void An_offset_inside_the_list_is_kept()
    {
        var page = new ListPage(null, 20, 15);

        Assert.Equal(Enumerable.Range(21, 15), page.Slice(Forty));
        Assert.Equal("Showing 21 to 35 of 40. Ask a narrower question to see the rest.", page.FooterText(Forty.Count));
    }
}
