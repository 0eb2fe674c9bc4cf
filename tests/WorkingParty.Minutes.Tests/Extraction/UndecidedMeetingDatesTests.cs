using WorkingParty.Minutes.Model;
using static WorkingParty.Minutes.Tests.Extraction.ParsedMinutes;

namespace WorkingParty.Minutes.Tests.Extraction;

/// <summary>
/// A month or day named only as the time whose meeting dates are still to be set ("the dates for July are yet to be
/// fixed") dates no meeting: it is kept with its sentence and a doubt, even under a calendar heading; a date the
/// meeting is set for stays certain.
/// </summary>
public class UndecidedMeetingDatesTests
{
    private static Meeting Minutes(string calendar) =>
        Read("Brussels, 14 May 2034\nOUTCOME OF PROCEEDINGS\nOn: 6 May 2034\nTo: Delegations\nSubject: Working Party on Lock Gates\n\n" +
             "1. Lock gates\n\nThe Commission presented its study.\n\n2. Any other business\n\na) Calendar\n\n" + calendar);

    private static IEnumerable<DateOnly> CertainNextMeetings(Meeting m) =>
        m.Events.Where(e => e.Kind == EventKind.NextMeeting && e.Doubt is null).Select(e => e.Date);

    [Theory]
    [InlineData("The next meeting will take place on 9 June 2034. The dates for July are still to be decided in the light of the negotiations.")]
    [InlineData("The next meeting will take place on 9 June 2034; meetings in July would be scheduled once the Council had given its guidance.")]
    [InlineData("The next meeting will take place on 9 June 2034. The July meeting dates will be communicated in due course.")]
    public void A_month_whose_meeting_dates_are_still_to_be_set_dates_no_meeting(string calendar)
    {
        var m = Minutes(calendar);

        Assert.Equal([D("2034-06-09")], CertainNextMeetings(m));
        Assert.All(m.Events.Where(e => e.Date.Month == 7), july => Assert.NotNull(july.Doubt));
    }

    [Fact]
    public void Meetings_set_for_a_day_stay_certain()
    {
        var m = Minutes("The further meetings will be fixed for 4 July 2034 and 18 July 2034.");

        Assert.Equal([D("2034-07-04"), D("2034-07-18")], CertainNextMeetings(m));
    }
}
