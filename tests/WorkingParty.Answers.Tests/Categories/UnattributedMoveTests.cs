using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;
using WorkingParty.Minutes.Model;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// A meeting the minutes say was moved to a date before their next meeting, named by a short name the reader cannot
/// tell is the working party's ("the ZQV meeting ... postponed to"): the next-meeting answer does not skip the nearer
/// date, it shows it in doubt with its sentence; a move to a date after the next meeting adds nothing.
/// </summary>
public class UnattributedMoveTests
{
    private static readonly DateOnly Today = new(2033, 6, 6);

    private static Meeting Minutes(string aob) => InventedMinutes.Read($"""
        Brussels, 3 June 2033
        (OR. en)
        9120/33
        OUTCOME OF PROCEEDINGS
        From: General Secretariat of the Council
        On: 1 June 2033
        To: Working Party on Dunes
        Subject: Outcome of proceedings
        1. Adoption of the agenda
        The agenda was adopted.
        2. Sand replenishment
        The Commission presented its study on sand replenishment.
        3. AOB
        {aob}
        """, "dunes-2033-06.txt");

    private static NextMeetingsAnswer Next(string aob) =>
        Assert.IsType<NextMeetingsAnswer>(new QuestionAnswerer([Minutes(aob)], new NoScheduleChanges()).Answer("next dunes wp meeting?", Today));

    [Fact]
    public void A_nearer_moved_meeting_is_shown_in_doubt_with_its_sentence()
    {
        var answer = Next("The Chair informed delegations that the ZQV meeting scheduled for 9 June had been postponed to 16 June 2033. The following meeting will take place on 30 June 2033.");

        Assert.Equal([new DateOnly(2033, 6, 30)], answer.Dates.Select(d => d.Date));
        var moved = Assert.Single(answer.Doubtful);
        Assert.Equal(new DateOnly(2033, 6, 16), moved.Date);
        Assert.Contains("postponed to 16 June", moved.Doubt!.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_move_after_the_next_meeting_adds_nothing()
    {
        var answer = Next("The following meeting will take place on 30 June 2033. The ZQV meeting scheduled for 9 July had been postponed to 16 July 2033.");

        Assert.Equal([new DateOnly(2033, 6, 30)], answer.Dates.Select(d => d.Date));
        Assert.Empty(answer.Doubtful);
    }
}
