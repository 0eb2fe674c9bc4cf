using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;
using WorkingParty.Minutes.Model;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// A next meeting is asserted only when the minutes leave no doubt that it is the one asked: a meeting of the body's own
/// dated before it in another sentence (an extra one "if needed", a date "brought forward") leaves both in doubt, shown
/// with their sentences; "a joint meeting coming up?" asks for joint ones only; a Presidency named by its country is not
/// "this Presidency" whose last coming meeting is the last date ahead; and "which dates did the Presidency announce?"
/// asks for the coming dates, not the meeting held.
/// </summary>
public class UncertainNextMeetingTests
{
    private static readonly DateOnly Today = new(2035, 5, 14);

    private static Meeting Minutes(string aob) => InventedMinutes.Read($"""
        Brussels, 10 May 2035
        (OR. en)
        8810/35
        OUTCOME OF PROCEEDINGS
        From: General Secretariat of the Council
        On: 8 May 2035
        To: Working Party on Inland Waterways
        Subject: Summary of discussions
        1. Adoption of the agenda
        The agenda was adopted.
        2. Barge emission standards
        The Commission presented its impact assessment.
        3. AOB
        {aob}
        """, "waterways-2035-05.txt");

    private static NextMeetingsAnswer Ask(string aob, string question) =>
        Assert.IsType<NextMeetingsAnswer>(new QuestionAnswerer([Minutes(aob)], new NoScheduleChanges()).Answer(question, Today));

    [Theory]
    [InlineData("Under the Latvian Presidency, the first meeting of the Working Party was tentatively scheduled for 24 June 2035. The Presidency informed delegations that a final meeting on the barge standards would be held on 29 May 2035 if needed.")]
    [InlineData("The Chair recalled the calendar: 5 June and 24 June 2035. Owing to the Transport Council, the June meeting would be brought forward to 3 June.")]
    public void A_sooner_own_meeting_dated_elsewhere_leaves_the_next_meeting_in_doubt(string aob)
    {
        var answer = Ask(aob, "when is the next waterways meeting?");

        Assert.Empty(answer.Dates);
        Assert.Contains(answer.Doubtful, d => d.Date < new DateOnly(2035, 6, 5) && d.Doubt!.Sentence.Length > 0);
    }

    [Theory]
    [InlineData("The next meeting of the Working Party will take place on 24 June 2035. The Coreper meeting on 29 May 2035 will prepare the Council.")]
    [InlineData("The next meeting of the Working Party will take place on 24 June 2035, after the Presidency has reported to the Transport Council on 29 May 2035.")]
    [InlineData("The next meeting of the Working Party would take place on 24-25/06/2035 and the state of play would be presented to Coreper on 29 May.")]
    public void Another_bodys_meeting_before_it_leaves_the_next_meeting_certain(string aob)
    {
        var answer = Ask(aob, "when is the next waterways meeting?");

        Assert.Equal(new DateOnly(2035, 6, 24), Assert.Single(answer.Dates).Date);
    }

    [Fact]
    public void A_joint_meeting_coming_up_is_the_joint_one_not_the_own_next_meeting()
    {
        var answer = Ask("The next meeting of the Working Party will take place on 24 June 2035. A joint meeting with the Working Party on Competitiveness and Growth was tentatively scheduled for 9 July 2035.",
            "is there a joint waterways meeting coming up?");

        Assert.DoesNotContain(answer.Dates, d => d.Date == new DateOnly(2035, 6, 24));
        Assert.Contains(answer.Dates.Concat(answer.Doubtful), d => d.Date == new DateOnly(2035, 7, 9));
    }

    [Fact]
    public void A_joint_meeting_bounding_the_question_does_not_make_it_ask_for_joint_meetings()
    {
        var answer = Ask("The next meeting of the Working Party will take place on 24 June 2035. A further joint meeting with the Working Party on Maritime Issues will be held on 9 July 2035.",
            "next waterways meeting after the joint meeting?");

        Assert.Contains(answer.Dates.Concat(answer.Doubtful), d => d.Date == new DateOnly(2035, 6, 24));
    }

    [Theory]
    [InlineData("which meeting dates did the Latvian presidency announce for the waterways WP?")]
    [InlineData("what meeting dates did the LV pres announce")]
    public void Dates_a_Presidency_did_announce_are_the_coming_ones_not_the_meeting_held(string question)
    {
        var answer = Ask("The Latvian Presidency announced the following meetings of the Working Party: 24 June, 8 July and 22 July 2035.", question);

        Assert.Equal([new DateOnly(2035, 6, 24), new DateOnly(2035, 7, 8), new DateOnly(2035, 7, 22)], answer.Dates.Select(d => d.Date));
    }

    [Fact]
    public void The_last_meeting_under_a_presidency_named_by_its_country_is_not_the_last_date_ahead()
    {
        var minutes = Minutes("The Chair recalled that the last meeting under the Maltese Presidency had taken place on 19 December 2034. The Working Party would meet on 24 June 2035.");

        var answer = new QuestionAnswerer([minutes], new NoScheduleChanges()).Answer("when was the last meeting under the maltese presidency?", Today);

        Assert.False(answer is NextMeetingsAnswer { Dates.Count: > 0 }, "a coming date is no answer to a past Presidency's last meeting");
    }
}
