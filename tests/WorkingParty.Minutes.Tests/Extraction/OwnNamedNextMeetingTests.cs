using WorkingParty.Minutes.Model;
using static WorkingParty.Minutes.Tests.Extraction.ParsedMinutes;

namespace WorkingParty.Minutes.Tests.Extraction;

/// <summary>
/// A next meeting the sentence names as ours ("the next MARE meeting") is ours whoever announces it (a working party the
/// EEAS or a Member State chairs); another body's next meeting announced by someone else stays an event.
/// </summary>
public class OwnNamedNextMeetingTests
{
    private static List<DatedEvent> Events(string aob) =>
        Read("Brussels, 3 October 2031\nOUTCOME OF PROCEEDINGS\nOn: 29 September 2031\nTo: Working Party on the Baltic Region (MARE)\n"
            + $"Subject: Summary of discussions\n\n1. Fisheries cooperation\n\nThe EEAS presented its report.\n\n2. AOB\n\n{aob}").Events.ToList();

    [Fact]
    public void Our_next_meeting_named_by_our_short_name_is_ours_whoever_announces_it()
    {
        var events = Events("The EEAS informed delegations that the next MARE meeting would take place on 21 October 2031.");

        Assert.Equal([D("2031-10-21")], events.Where(e => e.Kind == EventKind.NextMeeting).Select(e => e.Date));
    }

    [Fact]
    public void Another_bodys_next_meeting_announced_by_the_eeas_stays_an_event()
    {
        var events = Events("The EEAS informed delegations that the next meeting of the Working Party on Arctic Affairs would take place on 21 October 2031.");

        Assert.DoesNotContain(events, e => e.Kind == EventKind.NextMeeting);
    }
}
