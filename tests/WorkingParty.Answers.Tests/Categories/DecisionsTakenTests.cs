using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;
using WorkingParty.Minutes.Model;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// "Was anything decided at the meeting?", a decision asked of a meeting about no topic: the sentences of that meeting
/// that record a decision or say none was taken, not its date or its format.
/// </summary>
public class DecisionsTakenTests
{
    private static readonly DateOnly Today = new(2035, 10, 20);

    private static readonly Meeting Glaciers = InventedMinutes.Read("""
        Brussels, 16 October 2035
        (OR. en)
        WK 11402/2035
        LIMITE
        SUMMARY RECORD
        From: General Secretariat of the Council
        On: 14 October 2035
        To: Working Party on Polar Affairs
        Subject: Summary of the informal videoconference of the Working Party on Polar Affairs

        The meeting took place as an informal videoconference. No decisions were taken.

        1. Arctic research stations
        The EEAS briefed members on the new stations. Finland welcomed the briefing.
        2. AOB
        The next videoconference will take place on 4 November 2035.
        """, "polar-2035-10.txt");

    private readonly QuestionAnswerer _answerer = new([Glaciers], new NoScheduleChanges());

    [Theory]
    [InlineData("was anything decided at the polar affairs vtc?")]
    [InlineData("what was decided at the last meeting?")]
    public void A_decision_asked_of_a_meeting_is_what_its_minutes_say_of_decisions(string question)
    {
        var answer = Assert.IsType<PassagesAnswer>(_answerer.Answer(question, Today));

        Assert.Contains(answer.Passages, p => p.Text.Contains("No decisions were taken", StringComparison.Ordinal));
    }

    [Fact]
    public void A_videoconference_whose_minutes_speak_of_no_decision_is_answered_by_how_it_was_held()
    {
        var answerer = new QuestionAnswerer([Tundra], new NoScheduleChanges());

        var answer = Assert.IsType<PassagesAnswer>(answerer.Answer("was anything decided at the vtc?", Today));

        Assert.Contains(answer.Passages, p => p.Text.Contains("informal videoconference", StringComparison.Ordinal));
    }

    private static readonly Meeting Tundra = InventedMinutes.Read("""
        Brussels, 9 October 2035
        (OR. en)
        WK 11010/2035
        SUMMARY RECORD
        From: General Secretariat of the Council
        On: 7 October 2035
        To: Working Party on Polar Affairs
        Subject: Summary of the videoconference of the Working Party on Polar Affairs

        1. Permafrost monitoring
        The meeting took place as an informal videoconference. Delegations agreed to revert to the matter in November.
        2. AOB
        No points were raised.
        """, "polar-2035-10-07.txt");
}
