using WorkingParty.Minutes.Model;
using static WorkingParty.Minutes.Tests.Extraction.ParsedMinutes;

namespace WorkingParty.Minutes.Tests.Layouts;

/// <summary>Day and session headings given to the items under them, with the day each stands for.</summary>
public class SessionHeadingTests
{
    private const string Header = "Brussels, 20 June 2025\nOUTCOME OF PROCEEDINGS\nOn: 10 and 11 June 2025\nTo: Delegations\nSubject: Working Party on Shipping\n\n";

    [Fact]
    public void Items_carry_the_day_and_session_headings_they_stand_under()
    {
        var m = Read(Header + "Tuesday 10 June 2025 (morning)\n\n1. Adoption of the agenda\nThe agenda was adopted.\n\n" +
                     "2. Port levy\nThe Commission presented the study.\n\nAfternoon session\n\n" +
                     "3. Ship recycling\nThe Presidency presented a compromise text.\n\nWednesday\n\nDelegations went on with the text.\n\n" +
                     "4. AOB\nNothing was raised.");

        Assert.Equal("Working Party on Shipping", m.Body);
        Assert.Equal([
                [new Session("Tuesday 10 June 2025 (morning)", D("2025-06-10"))],
                [new Session("Tuesday 10 June 2025 (morning)", D("2025-06-10"))],
                [new Session("Afternoon session", D("2025-06-10")), new Session("Wednesday", D("2025-06-11"))],
                [new Session("Wednesday", D("2025-06-11"))],
            ],
            m.Items.Select(i => i.Sessions.ToArray()));
        Assert.DoesNotContain(m.Items[1].Paragraphs, p => p.Text == "Afternoon session");
    }

    [Fact]
    public void A_date_with_hours_or_a_numbered_day_between_items_is_a_session_heading()
    {
        var m = Read(Header + "1. Adoption of the agenda\nThe agenda was adopted.\n\n" +
                     "2. Port levy\nThe Commission presented the study.\n\n11 June 2025 (9.30 - 13.00)\n\n" +
                     "3. Ship recycling\nThe Presidency presented a compromise text.\n\nDay 2 - afternoon\n\n4. AOB\nNothing was raised.");

        Assert.Equal([
                [],
                [],
                [new Session("11 June 2025 (9.30 - 13.00)", D("2025-06-11"))],
                [new Session("Day 2 - afternoon", D("2025-06-11"))],
            ],
            m.Items.Select(i => i.Sessions.ToArray()));
    }

    [Fact]
    public void Items_without_headings_carry_none() =>
        Assert.All(Read(Header + "1. Adoption of the agenda\nThe agenda was adopted.\n\n2. AOB\nNothing was raised.").Items, i => Assert.Empty(i.Sessions));
}
