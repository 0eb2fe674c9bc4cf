using WorkingParty.Cards.Presentation;
using WorkingParty.Cards.Tests.Samples;

namespace WorkingParty.Cards.Tests;

/// <summary>Moments in plain text: on the working party's clock, with a label a reader understands.</summary>
public sealed class TimeWordingTests
{
    private static readonly DateTimeOffset Winter = new(2017, 1, 16, 14, 5, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Summer = SampleCards.ReceivedAt; // 27 March 2017, the day after clocks went forward

    [Theory]
    [InlineData("Europe/Brussels", "16 January 2017, 15:05 Brussels time", "27 March 2017, 16:05 Brussels time")]
    [InlineData("Europe/Lisbon", "16 January 2017, 14:05 Lisbon time", "27 March 2017, 15:05 Lisbon time")]
    [InlineData("America/Argentina/Buenos_Aires", "16 January 2017, 11:05 Buenos Aires time", "27 March 2017, 11:05 Buenos Aires time")]
    [InlineData("UTC", "16 January 2017, 14:05 UTC", "27 March 2017, 14:05 UTC")]
    [InlineData("Etc/UTC", "16 January 2017, 14:05 UTC", "27 March 2017, 14:05 UTC")]
    [InlineData("Etc/GMT-2", "16 January 2017, 16:05 UTC+02:00", "27 March 2017, 16:05 UTC+02:00")]
    [InlineData("Etc/GMT+5", "16 January 2017, 09:05 UTC-05:00", "27 March 2017, 09:05 UTC-05:00")]
    [InlineData("CET", "16 January 2017, 15:05 UTC+01:00", "27 March 2017, 16:05 UTC+02:00")]
    public void A_moment_is_written_on_the_zone_clock_and_named(string zoneId, string winter, string summer)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);

        Assert.Equal(winter, Wording.Time(Winter, zone));
        Assert.Equal(summer, Wording.Time(Summer, zone));
    }

    [Fact]
    public void Text_twins_write_moments_in_brussels_time()
    {
        var texts = SampleCards.All().ToDictionary(s => s.Kind, s => s.Text);

        Assert.Contains("Received: 27 March 2017, 16:05 Brussels time", texts["comment-receipt"]);
        Assert.Contains("Received: 30 March 2017, 16:05 Brussels time (late, accepted by the secretariat)", texts["late-comments"]);
        Assert.Contains("Valid until 27 March 2017, 16:35 Brussels time", texts["download-links"]);
        Assert.Contains("From Secretariat (M. Rossi), 27 March 2017, 16:05 Brussels time", texts["announcement"]);
        Assert.Contains("As of 27 March 2017, 16:15 Brussels time", texts["broadcast-status"]);
        Assert.All(texts.Values, text => Assert.DoesNotContain("{{", text));
    }
}
