using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// A working party named without its bracketed qualifier names each of its configurations too ("the MRWP" is also the
/// Working Party on Mountain Rescue (Avalanche Safety)); a question asking when two bodies met jointly is answered by
/// their joint meetings only, never by one body's own latest meeting. A joint meeting addressed "Joint A/B" is a meeting
/// of A: its latest when asked when A last met, beside A's own latest when asked only when A met.
/// </summary>
public class ConfigurationAndJointMeetingTests
{
    private static string Minutes(string to, string on, string issued, string subject = "Summary of discussions",
        string said = "The Commission presented its study.") =>
        $"Brussels, {issued}\nOUTCOME OF PROCEEDINGS\nOn: {on}\nTo: {to}\nSubject: {subject}\n\n"
        + $"1. Adoption of the agenda\n\nThe agenda was adopted.\n\n2. Rescue equipment\n\n{said}";

    private static readonly QuestionAnswerer Configurations = new(
    [
        InventedMinutes.Read(Minutes("Working Party on Mountain Rescue", "10 March 2033", "17 March 2033"), "mr-2033-03.txt"),
        InventedMinutes.Read(Minutes("Working Party on Mountain Rescue (Helicopter Operations)", "20 January 2033", "27 January 2033"), "mr-heli-2033-01.txt"),
        InventedMinutes.Read(Minutes("Working Party on Mountain Rescue (Avalanche Safety)", "14 June 2033", "21 June 2033"), "mr-aval-2033-06.txt"),
    ], new NoScheduleChanges());

    [Theory]
    [InlineData("when did the MRWP last meet?")]
    [InlineData("when did the Working Party on Mountain Rescue last meet?")]
    public void A_working_party_named_without_its_qualifier_names_each_of_its_configurations(string question)
    {
        var answer = Assert.IsType<LastMeetingsAnswer>(Configurations.Answer(question, new DateOnly(2033, 6, 30)));

        Assert.Contains(answer.Meetings, m => m.Date == new DateOnly(2033, 6, 14));
    }

    [Fact]
    public void A_configuration_named_by_its_qualifier_is_that_configuration_alone()
    {
        var answer = Assert.IsType<LastMeetingsAnswer>(Configurations.Answer("when did the MRWP helicopter operations last meet?", new DateOnly(2033, 6, 30)));

        Assert.Equal([new DateOnly(2033, 1, 20)], answer.Meetings.Select(m => m.Date));
    }

    private static readonly QuestionAnswerer Joint = new(
    [
        InventedMinutes.Read(Minutes("Working Party on Glaciers and the Working Party on Snow Cover", "12 February 2036", "19 February 2036"), "joint-2036-02.txt"),
        InventedMinutes.Read(Minutes("Working Party on Glaciers", "1 September 2036", "8 September 2036"), "glaciers-2036-09.txt"),
        InventedMinutes.Read(Minutes("Working Party on Snow Cover", "3 October 2036", "10 October 2036"), "snow-2036-10.txt"),
    ], new NoScheduleChanges());

    [Theory]
    [InlineData("when did the glaciers and snow cover WPs meet jointly?")]
    [InlineData("when was the joint meeting of the glaciers WP and the snow cover WP?")]
    public void Asked_when_two_bodies_met_jointly_their_joint_meeting_answers(string question)
    {
        var answer = Assert.IsType<LastMeetingsAnswer>(Joint.Answer(question, new DateOnly(2036, 12, 1)));

        Assert.Equal([new DateOnly(2036, 2, 12)], answer.Meetings.Select(m => m.Date));
    }

    [Fact]
    public void Asked_when_two_bodies_met_jointly_with_no_joint_meeting_held_no_meeting_of_one_of_them_is_given()
    {
        var alone = new QuestionAnswerer([.. Joint.Library.Meetings.Where(m => !m.Body.Contains(" and ", StringComparison.Ordinal))], new NoScheduleChanges());

        var answer = alone.Answer("when did the glaciers and snow cover WPs meet jointly?", new DateOnly(2036, 12, 1));

        Assert.IsNotType<LastMeetingsAnswer>(answer);
    }

    private static readonly QuestionAnswerer ByShortNames = new(
    [
        InventedMinutes.Read(Minutes("Working Party on Glaciers (GLAC)", "12 February 2036", "19 February 2036",
            said: "The Chair proposed a joint field campaign on glacier melt."), "glac-2036-02.txt"),
        InventedMinutes.Read(Minutes("Joint GLAC/SNOW", "1 September 2036", "8 September 2036",
            "Joint meeting of the Working Party on Glaciers (GLAC) and the Working Party on Snow Cover (SNOW)"), "glac-snow-2036-09.txt"),
    ], new NoScheduleChanges());

    [Fact]
    public void Asked_when_a_body_last_met_a_later_joint_meeting_addressed_by_short_names_answers()
    {
        var answer = Assert.IsType<LastMeetingsAnswer>(ByShortNames.Answer("when did GLAC last meet?", new DateOnly(2036, 12, 1)));

        Assert.Equal([new DateOnly(2036, 9, 1)], answer.Meetings.Select(m => m.Date));
    }

    [Fact]
    public void Asked_only_when_a_body_met_its_own_and_its_joint_meetings_answer()
    {
        var answer = Assert.IsType<LastMeetingsAnswer>(ByShortNames.Answer("when did GLAC meet?", new DateOnly(2036, 12, 1)));

        Assert.Equal([new DateOnly(2036, 9, 1), new DateOnly(2036, 2, 12)], answer.Meetings.Select(m => m.Date));
    }

    [Fact]
    public void Asked_which_meeting_was_joint_the_word_joint_names_no_body()
    {
        var answer = ByShortNames.Answer("which of the meetings was a joint meeting", new DateOnly(2036, 12, 1));

        Assert.IsType<PassagesAnswer>(answer);
    }

    private static readonly QuestionAnswerer ByKnownShortName = new(
    [
        InventedMinutes.Read(Minutes("Working Party on Terrorism", "12 February 2036", "19 February 2036"), "twp-2036-02.txt"),
        InventedMinutes.Read(Minutes("Joint TWP/LAK", "1 September 2036", "8 September 2036",
            "Joint meeting of the Working Party on Terrorism and the Working Party on Lakes"), "twp-lak-2036-09.txt"),
    ], new NoScheduleChanges());

    [Fact]
    public void A_known_short_name_of_a_body_names_the_joint_meetings_whose_note_holds_it()
    {
        var answer = Assert.IsType<LastMeetingsAnswer>(ByKnownShortName.Answer("when did TWP last meet?", new DateOnly(2036, 12, 1)));

        Assert.Equal([new DateOnly(2036, 9, 1)], answer.Meetings.Select(m => m.Date));
    }
}
