using WorkingParty.Minutes.Model;
using static WorkingParty.Minutes.Tests.Extraction.ParsedMinutes;

namespace WorkingParty.Minutes.Tests.Extraction;

/// <summary>
/// Coming meetings told in a list: after a year inserted between commas ("and, in 2035, on 9 January and 6 February"),
/// after "the WP meetings planned in 2035:", after a long aside in brackets, and "a further videoconference is planned for".
/// </summary>
public class ComingMeetingListsTests
{
    private static List<DateOnly> NextMeetings(string aob) =>
        Read("Brussels, 20 November 2034\nOUTCOME OF PROCEEDINGS\nOn: 14 November 2034\nTo: Working Party on Glaciers (GLACE)\n"
            + $"Subject: Summary of discussions\n\n1. Ice sheet monitoring\n\nThe Commission presented its report.\n\n2. AOB\n\n{aob}")
            .Events.Where(e => e.Kind == EventKind.NextMeeting).Select(e => e.Date).Order().ToList();

    [Fact]
    public void Dates_after_a_year_inserted_between_commas_go_on_with_the_list()
    {
        Assert.Equal([D("2034-12-05"), D("2035-01-09"), D("2035-02-06"), D("2035-03-13")],
            NextMeetings("GLACE will next meet on 5 December 2034 and, in 2035, on 9 January, 6 February and 13 March."));
    }

    [Fact]
    public void Dates_after_the_working_party_meetings_planned_in_a_year_are_its_meetings()
    {
        Assert.Equal([D("2035-01-16"), D("2035-01-30"), D("2035-02-13")],
            NextMeetings("The incoming Presidency informed delegations of the GLACE meetings planned in 2035: 16 January, 30 January and 13 February."));
    }

    [Fact]
    public void A_date_after_a_long_aside_in_brackets_goes_on_with_the_list()
    {
        Assert.Equal([D("2034-12-04"), D("2035-01-08")],
            NextMeetings("The next meetings of the Working Party will take place on 4.12.2034 (Articles 3 to 9, moraine mapping and reporting) and 8.01.2035."));
    }

    [Fact]
    public void A_further_videoconference_planned_for_a_date_is_a_coming_meeting()
    {
        Assert.Equal([D("2034-11-28"), D("2034-12-12")],
            NextMeetings("The next videoconference will be held on 28.11.2034. A further videoconference is planned for 12.12.2034."));
    }
}
