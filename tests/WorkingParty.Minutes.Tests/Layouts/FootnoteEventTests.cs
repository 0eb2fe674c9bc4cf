using WorkingParty.Minutes.Model;
using static WorkingParty.Minutes.Tests.Extraction.ParsedMinutes;

namespace WorkingParty.Minutes.Tests.Layouts;

/// <summary>
/// Round 4 of the reader (issue 12): a footnote's dates are read like the body's, under the item whose line carries its
/// marker: a cancelled meeting, an added one, a deadline.
/// </summary>
public class FootnoteEventTests
{
    private const string Text = """
        Council of the European Union
        Brussels, 20 November 2026
        (OR. en)
        15120/26
        LIMITE
        OUTCOME OF PROCEEDINGS
        On: 12 November 2026
        To: Delegations
        Subject: Working Party on Inland Waterways

        1. Adoption of the agenda

        The agenda was adopted.

        2. Calendar and other business

        The Presidency recalled the remaining dates of its term.2 The Commission presented the river study
        and delegations welcomed the work done so far.

        2
        The meeting of 3 December will not take place; an additional meeting of the Working Party is scheduled for 10 December. Delegations are invited to send comments on the river study by 1 December 2026.
        15120/26
        ACA/jg
        GIP 1
        1
        EN

        The Chair closed the meeting.
        """;

    [Fact]
    public void A_footnotes_dates_are_read_under_the_item_that_marks_it()
    {
        var m = Read(Text);

        Assert.Contains(m.Events, e => e is { Kind: EventKind.NextMeeting, Item: 2 } && e.Date == D("2026-12-10"));
        Assert.Contains(m.Events, e => e.Date == D("2026-12-03") && e.Status == "cancelled" && e.Kind != EventKind.NextMeeting);
        Assert.Contains(m.Deadlines, d => d.Item == 2 && d.Date == D("2026-12-01"));
        Assert.Single(m.Footnotes);
    }
}
