using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// A joint meeting stored as "Working Party on A and the Working Party on B" is a meeting of B as much as of A: asked
/// when B last met, when it met in the joint meeting's year, or which of its minutes are held, the joint meeting counts.
/// </summary>
public class JointMeetingOfTheSecondBodyTests
{
    private static string Minutes(string to, string on, string issued, string subject) =>
        $"Brussels, {issued}\nOUTCOME OF PROCEEDINGS\nOn: {on}\nTo: {to}\nSubject: {subject}\n\n"
        + "1. Adoption of the agenda\n\nThe agenda was adopted.\n\n2. Silt surveys\n\nThe Commission presented its silt survey.";

    private static readonly QuestionAnswerer Library = new(
    [
        InventedMinutes.Read(Minutes("Working Party on Estuaries", "4 May 2041", "11 May 2041", "Summary of discussions"), "estuaries-2041-05.txt"),
        InventedMinutes.Read(Minutes("Working Party on Estuaries", "9 June 2042", "16 June 2042", "Summary of discussions"), "estuaries-2042-06.txt"),
        InventedMinutes.Read(Minutes("Working Party on Currents and the Working Party on Estuaries", "21 October 2044", "28 October 2044",
            "Joint Currents/Estuaries meeting"), "joint-2044-10.txt"),
    ], new NoScheduleChanges());

    [Theory]
    [InlineData("when did the estuaries WP last meet?")]
    [InlineData("when did the Working Party on Estuaries last meet?")]
    public void Asked_when_the_second_body_of_a_joint_meeting_last_met_the_joint_meeting_answers(string question)
    {
        var answer = Assert.IsType<LastMeetingsAnswer>(Library.Answer(question, new DateOnly(2045, 2, 1)));

        Assert.Equal(new DateOnly(2044, 10, 21), answer.Meetings[0].Date);
        Assert.DoesNotContain(answer.Meetings, m => m.Date == new DateOnly(2042, 6, 9));
    }

    /// <summary>
    /// The second body's name holds a hyphenated word a question writes as two ("deep sea"), one of them too short to be
    /// a clipped word of the name: the file name of the body's own minutes names it ("deep-sea-2046-03.txt").
    /// </summary>
    private static readonly QuestionAnswerer Hyphenated = new(
    [
        InventedMinutes.Read(Minutes("Working Party on Deep-Sea Fisheries", "3 March 2046", "10 March 2046", "Summary of discussions"), "deep-sea-2046-03.txt"),
        InventedMinutes.Read(Minutes("Working Party on Whaling (WHAL) and the Working Party on Deep-Sea Fisheries", "17 September 2049", "24 September 2049",
            "Joint WHAL / Working Party on Deep-Sea Fisheries"), "joint-2049-09.txt"),
    ], new NoScheduleChanges());

    [Theory]
    [InlineData("when did the deep sea WP last meet?")]
    [InlineData("when did the deep-sea WP last meet?")]
    [InlineData("when did the deep sea fisheries working party last meet?")]
    public void Asked_by_a_nickname_of_the_second_body_when_it_last_met_the_joint_meeting_answers(string question)
    {
        var answer = Assert.IsType<LastMeetingsAnswer>(Hyphenated.Answer(question, new DateOnly(2050, 1, 10)));

        Assert.Equal(new DateOnly(2049, 9, 17), answer.Meetings[0].Date);
    }

    [Fact]
    public void Asked_when_the_second_body_met_in_the_joint_meeting_s_year_the_joint_meeting_answers()
    {
        var answer = Assert.IsType<MinutesListAnswer>(Library.Answer("when did the Working Party on Estuaries meet in 2044?", new DateOnly(2045, 2, 1)));

        Assert.Equal([new DateOnly(2044, 10, 21)], answer.Meetings.Select(m => m.Date));
    }

    [Fact]
    public void The_minutes_list_of_the_second_body_holds_the_joint_meeting()
    {
        var answer = Assert.IsType<MinutesListAnswer>(Library.Answer("which minutes of the Working Party on Estuaries do you have?", new DateOnly(2045, 2, 1)));

        Assert.Contains(answer.Meetings, m => m.Date == new DateOnly(2044, 10, 21));
    }
}
