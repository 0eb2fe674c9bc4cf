using WorkingParty.Minutes.Model;
using static WorkingParty.Minutes.Tests.Extraction.ParsedMinutes;

namespace WorkingParty.Minutes.Tests.Extraction;

/// <summary>
/// Coming meetings announced by a chair who is no Presidency ("the Chair (EEAS)", "the Chair (Commission)") are ours as
/// when the Presidency announces them; so is "the next regular/ordinary TIDE meeting" whoever announces it, and "the
/// meeting would now take place on" after our meeting was postponed. "Our videoconference, originally planned for X, had
/// been postponed to" the day of the minutes keeps X as the day it moved from, and the move is no coming meeting.
/// </summary>
public class ChairedAndRescheduledMeetingTests
{
    private static List<DateOnly> NextMeetings(string aob) =>
        Read("Brussels, 20 March 2037\nOUTCOME OF PROCEEDINGS\nOn: 11 March 2037\nTo: Working Party on Tidal Energy (TIDE)\n"
             + $"Subject: Summary of discussions\n\n1. Quay tariffs\n\nThe Commission presented its study.\n\n2. AOB\n\n{aob}")
            .Events.Where(e => e.Kind == EventKind.NextMeeting).Select(e => e.Date).Order().ToList();

    [Theory]
    [InlineData("The Chair (EEAS) informed delegations that the TIDE meeting scheduled for 25 March was cancelled; the next meeting would take place on 8 April 2037.")]
    [InlineData("The Chair (Commission) said that the next meeting would take place on 8 April 2037.")]
    [InlineData("The EEAS informed delegations that the next regular TIDE meeting would take place on 8 April 2037.")]
    [InlineData("The Presidency informed delegations that the TIDE meeting scheduled for 25 March would be postponed. The meeting would now take place on 8 April 2037 in Luxembourg.")]
    public void The_coming_meeting_is_ours(string aob) =>
        Assert.Equal([D("2037-04-08")], NextMeetings(aob));

    [Fact]
    public void Another_body_s_next_meeting_announced_by_its_own_staff_stays_theirs() =>
        Assert.Empty(NextMeetings("ENISA informed delegations that its next meeting would take place on 8 April 2037."));

    [Fact]
    public void Our_videoconference_moved_to_its_own_day_keeps_the_day_it_was_moved_from_and_is_no_coming_meeting()
    {
        var m = Read("Brussels, 20 March 2037\nOUTCOME OF PROCEEDINGS\nOn: 11 March 2037\nTo: Working Party on Tidal Energy (TIDE)\nSubject: Summary of discussions\n\n"
                     + "The informal videoconference, originally planned for 4 March 2037, had been postponed to 11.03.2037 at the request of several delegations.\n\n"
                     + "1. Quay tariffs\n\nThe Commission presented its study.");

        Assert.Contains(m.Events, e => e.Date == D("2037-03-04") && e.Status == "moved");
        Assert.DoesNotContain(m.Events, e => e.Kind == EventKind.NextMeeting);
    }
}
