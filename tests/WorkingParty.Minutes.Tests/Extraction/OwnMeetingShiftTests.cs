using WorkingParty.Minutes.Model;
using static WorkingParty.Minutes.Tests.Extraction.ParsedMinutes;

namespace WorkingParty.Minutes.Tests.Extraction;

/// <summary>
/// A move of our own meeting from X to Y, worded with no "next" and no "of &lt;date&gt;": Y is a coming meeting of ours
/// (X kept as moved); the same move of another body's meeting stays a plain event.
/// </summary>
public class OwnMeetingShiftTests
{
    private static Meeting Minutes(string item1) =>
        Read($"Brussels, 20 February 2031\nOUTCOME OF PROCEEDINGS\nOn: 11 February 2031\nTo: Delegations\nSubject: Working Party on Inland Waterways (WPIW)\n\n1. Navigation rules\n\n{item1}\n\n2. AOB\n\nNothing was raised.");

    private static IEnumerable<DateOnly> NextMeetings(Meeting m) =>
        m.Events.Where(e => e.Kind == EventKind.NextMeeting && e.Status != "cancelled").Select(e => e.Date).Order();

    [Theory]
    [InlineData("The Chair informed delegations that the March meeting of the Working Party had been moved from 12 March to 19 March.")]
    [InlineData("The Presidency said that the gathering of the group has been postponed from 12 March to 19 March.")]
    [InlineData("The WPIW meeting has been shifted from 12 March to 19 March because of the strike.")]
    [InlineData("Our meeting was rescheduled from 12 March to 19 March.")]
    public void Our_meeting_moved_from_one_date_to_another_is_a_coming_meeting(string sentence)
    {
        var m = Minutes(sentence);

        Assert.Equal([D("2031-03-19")], NextMeetings(m));
        Assert.DoesNotContain(m.Events, e => e.Date == D("2031-03-12") && e.Kind == EventKind.NextMeeting && e.Status != "moved");
    }

    [Theory]
    [InlineData("The Presidency said that the meeting of Coreper had been moved from 12 March to 19 March.")]
    [InlineData("The Council meeting has been shifted from 12 March to 19 March.")]
    public void Another_bodys_meeting_moved_stays_an_event(string sentence)
    {
        var m = Minutes(sentence);

        Assert.Empty(NextMeetings(m));
    }
}
