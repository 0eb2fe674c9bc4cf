using WorkingParty.Answers.Model;
using WorkingParty.Cards.Presentation;

namespace WorkingParty.Cards.Tests;

/// <summary>A citation names the meeting by its days: both days of a meeting held over two, in one month or across two.</summary>
public sealed class CitationWordingTests
{
    [Theory]
    [InlineData(null, "Working Party on Lighthouses, meeting of 6 May 2041, item 2")]
    [InlineData("2041-05-07", "Working Party on Lighthouses, meeting of 6-7 May 2041, item 2")]
    [InlineData("2041-06-01", "Working Party on Lighthouses, meeting of 6 May 2041 to 1 June 2041, item 2")]
    public void A_citation_names_every_day_of_the_meeting(string? endDate, string expected)
    {
        var source = new Citation("m", "Working Party on Lighthouses", new DateOnly(2041, 5, 6), 2, "Beacons")
        {
            MeetingEndDate = endDate is null ? null : DateOnly.Parse(endDate, System.Globalization.CultureInfo.InvariantCulture),
        };

        Assert.Equal(expected, Wording.Citation(source));
    }
}
