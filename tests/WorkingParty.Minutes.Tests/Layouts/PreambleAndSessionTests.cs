using WorkingParty.Minutes.Extraction;
using WorkingParty.Minutes.Model;
using WorkingParty.Minutes.Reading;
using static WorkingParty.Minutes.Tests.Extraction.ParsedMinutes;

namespace WorkingParty.Minutes.Tests.Layouts;

/// <summary>Text between the header and item 1, day and session headings inside items, and minutes with a header but
/// no numbered items.</summary>
public class PreambleAndSessionTests
{
    private const string Header = "Brussels, 20 June 2025\nOUTCOME OF PROCEEDINGS\nOn: 10 and 11 June 2025\nTo: Delegations\nSubject: Working Party on Shipping\n\n";

    [Fact]
    public void The_text_before_item_1_gives_its_events()
    {
        var m = Parse(Header + "The meeting, originally set for 3 June, took place on 10 June; DK and MT joined remotely. The Presidency announced that the next meeting would take place on 2 July 2025.\n\n" +
            "1. Adoption of the agenda\nThe agenda was adopted.").Meeting!;

        Assert.Equal([D("2025-07-02")], m.Events.Where(e => e.Kind == EventKind.NextMeeting).Select(e => e.Date));
        Assert.Equal(["Adoption of the agenda"], m.Items.Select(i => i.Title));
    }

    [Fact]
    public void A_day_or_session_heading_is_no_part_of_the_sentence_before_it()
    {
        var m = Parse(Header + "1. Port levy\nThe Commission presented the study.\nWednesday 11 June (afternoon)\nThe Presidency presented a compromise text.").Meeting!;

        Assert.Equal(["The Commission presented the study.", "Wednesday 11 June (afternoon)", "The Presidency presented a compromise text."],
            m.Items[0].Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void Minutes_with_a_header_and_no_numbered_items_are_kept_whole()
    {
        var result = Parse(Header + "The Presidency opened the meeting and the agenda was adopted. The Commission presented the port levy study and delegations were invited to send comments by 30 June 2025.");

        var m = result.Meeting ?? throw new Xunit.Sdk.XunitException($"refused: {result.Rejection}");
        Assert.Equal([D("2025-06-30")], m.Deadlines.Select(d => d.Date));
        Assert.Single(m.Items);
    }
}
