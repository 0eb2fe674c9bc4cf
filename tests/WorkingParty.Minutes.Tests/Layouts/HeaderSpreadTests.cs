using WorkingParty.Minutes.Model;
using static WorkingParty.Minutes.Tests.Extraction.ParsedMinutes;

namespace WorkingParty.Minutes.Tests.Layouts;

/// <summary>Header fields spread over a layout: the issue line in a column beside the Council's name, and a Subject
/// whose last part, led by a dash, stands in a paragraph of its own.</summary>
public class HeaderSpreadTests
{
    private const string Items = "\n\n1. Adoption of the agenda\nThe agenda was adopted by the delegations.\n\n2. Forest monitoring\nThe Commission presented the study.";

    [Fact]
    public void The_issue_line_beside_the_councils_name_gives_the_issue_date()
    {
        var m = Read("COUNCIL OF THE EUROPEAN UNION                              Brussels, 9 October 2031 (10.10)\n" +
            "                                                           (OR. en)\n\n                                                           12345/31\n\n" +
            "OUTCOME OF PROCEEDINGS\nof : Working Party on Forests\non : 30 September 2031\nSubject : Summary of the meeting" + Items);

        Assert.Equal((D("2031-10-09"), D("2031-09-30")), (m.Header.IssueDate, m.Date));
    }

    [Fact]
    public void A_subject_going_on_in_a_dash_led_paragraph_gives_the_meeting_date_it_closes_on()
    {
        var m = Read("Council of the European Union\nBrussels, 14 March 2033\n\nWK 2210/2033 INIT\n\nNOTE\n\n" +
            "From: General Secretariat of the Council\n\nTo: Working Party on Forests\n\n" +
            "Subject: Proposal for a Regulation on a monitoring framework for resilient European\nforests\n\n" +
            "– Summary of the informal videoconference of the members of the Working Party on\nForests, 3 March 2033" + Items);

        Assert.Equal((D("2033-03-03"), MeetingDateSource.Subject), (m.Date, m.Header.DateSource));
    }
}
