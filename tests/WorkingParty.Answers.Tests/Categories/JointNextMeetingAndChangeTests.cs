using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;
using WorkingParty.Minutes.Model;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// The minutes of a joint meeting: asked for the next joint meeting, the dates its sentence calls joint, not those one
/// of its bodies holds alone; each body's own next date read as a next meeting ("A will meet on X and B on Y"). A
/// question asking which meeting was moved is no last-meeting question; a word beside a body's name that names another
/// body does not leave the question without one.
/// </summary>
public class JointNextMeetingAndChangeTests
{
    private static readonly DateOnly Today = new(2032, 4, 2);

    private static readonly Meeting Joint = InventedMinutes.Read("""
        Brussels, 30 March 2032
        (OR. en)
        7744/32
        OUTCOME OF PROCEEDINGS
        From: General Secretariat of the Council
        On: 24 March 2032
        To: Delegations
        Subject: Summary of the joint meeting of the Working Party on Glaciers and the Working Party on Permafrost
        1. Adoption of the agenda
        The agenda was adopted.
        2. Monitoring of ice sheets
        The Commission presented its report on ice sheets.
        3. AOB
        The Working Party on Glaciers will meet on 6 April 2032 and the Working Party on Permafrost on 8 April 2032. A further joint meeting will be held on 20 May 2032.
        """, "joint-ice-2032-03.txt");

    private static readonly Meeting Moved = InventedMinutes.Read("""
        Brussels, 12 March 2032
        (OR. en)
        6600/32
        OUTCOME OF PROCEEDINGS
        From: General Secretariat of the Council
        On: 9 March 2032
        To: Working Party on Glaciers
        Subject: Outcome of proceedings
        1. Adoption of the agenda
        The agenda was adopted.
        2. Crevasse mapping
        The Presidency presented the crevasse atlas and its avalanche risk layer.
        3. AOB
        The Presidency informed delegations that the meeting scheduled for 16 March was postponed to 18 March.
        """, "glaciers-2032-03.txt");

    private static readonly Meeting Avalanches = InventedMinutes.Read("""
        Brussels, 2 February 2032
        (OR. en)
        5100/32
        OUTCOME OF PROCEEDINGS
        From: General Secretariat of the Council
        On: 27 January 2032
        To: Working Party on Avalanches
        Subject: Outcome of proceedings
        1. Adoption of the agenda
        The agenda was adopted.
        2. Snow cover data
        The Commission presented the snow cover data.
        """, "avalanches-2032-01.txt");

    private readonly QuestionAnswerer _answerer = new([Joint, Moved, Avalanches], new NoScheduleChanges());

    [Fact]
    public void The_next_joint_meeting_is_the_date_the_minutes_call_joint()
    {
        var answer = Assert.IsType<NextMeetingsAnswer>(_answerer.Answer("when's the next joint meeting?", Today));

        Assert.Equal([new DateOnly(2032, 5, 20)], answer.Dates.Select(d => d.Date));
    }

    [Fact]
    public void Each_bodys_own_date_is_a_next_meeting_and_the_next_after_the_joint_one_is_not_only_joint()
    {
        var answer = Assert.IsType<NextMeetingsAnswer>(_answerer.Answer("next permafrost WP after the joint meeting?", Today));

        Assert.Contains(new DateOnly(2032, 4, 8), answer.Dates.Select(d => d.Date));
    }

    [Fact]
    public void Which_meeting_was_postponed_is_answered_by_the_sentence_that_moves_it()
    {
        var answer = _answerer.Answer("which glaciers meeting was postponed and to when", Today);

        Assert.IsNotType<LastMeetingsAnswer>(answer);
        var passages = Assert.IsType<PassagesAnswer>(answer);
        Assert.Contains(passages.Passages, p => p.Text.Contains("postponed to 18 March", StringComparison.Ordinal));
    }

    [Fact]
    public void A_word_beside_the_bodys_name_that_names_another_body_is_the_topic()
    {
        var answer = _answerer.Answer("when did the glaciers WP discuss avalanche risk?", Today);

        Assert.Contains("Working Party on Glaciers", answer.Scope);
    }
}
