using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// A joint meeting's minutes announce the dates of the body that led it; newer minutes of that body alone move one of
/// them: the newer record is believed, the joint one's dates give way.
/// </summary>
public class JointMeetingScheduleTests
{
    private const string Joint = "Brussels, 20 February 2031\nOUTCOME OF PROCEEDINGS\nOn: 12 February 2031\n" +
        "To: Joint meeting of the Working Party on Inland Navigation\n(Locks) and the Working Party on Ports\nSubject: Summary of discussions\n\n" +
        "1. Lock safety\n\nThe Commission presented its study.\n\n2. AOB\n\nThe Presidency announced the dates of the next meetings in 2031: 13 March, 17 April and 24 May.";

    private const string Locks = "Brussels, 24 April 2031\nOUTCOME OF PROCEEDINGS\nOn: 17 April 2031\nTo: Working Party on Inland Navigation (Locks)\nSubject: Summary of discussions\n\n" +
        "1. Lock safety\n\nThe Commission presented its revised study.\n\n2. AOB\n\nThe Presidency informed delegations that the meeting of 24 May would not take place on that date; " +
        "it would be replaced by a meeting on 30 May 2031.";

    [Fact]
    public void The_newer_record_of_the_body_that_led_a_joint_meeting_is_believed()
    {
        var answerer = new QuestionAnswerer([InventedMinutes.Read(Joint, "joint-2031-02.txt"), InventedMinutes.Read(Locks, "locks-2031-04.txt")], new NoScheduleChanges());

        var answer = Assert.IsType<NextMeetingsAnswer>(answerer.Answer("next meetings of the inland navigation wp?", new DateOnly(2031, 5, 20)));

        Assert.Equal([new DateOnly(2031, 5, 30)], answer.Dates.Select(d => d.Date));
    }
}
