using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;
using WorkingParty.Minutes.Model;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// The minutes asked by what they speak of ("which minutes mention the toll survey?", "which bridge toll minutes do we
/// have?", "which minutes cover the toll survey?"), by the date they bear ("what date are the minutes?"); who took part in a given format ("which MS joined
/// remotely?"); the sub-items of an item named by its title.
/// </summary>
public class MinutesAskedByTopicTests
{
    private static readonly DateOnly Today = new(2037, 6, 30);

    private static readonly Meeting Tolls = InventedMinutes.Read("""
        Brussels, 12 May 2037
        (OR. en)
        8840/37
        OUTCOME OF PROCEEDINGS
        From: General Secretariat of the Council
        On: 5 May 2037
        To: Working Party on Bridges and Tunnels
        Subject: Outcome of proceedings

        The meeting was held in physical format. DK and EE followed the meeting by videoconference.

        1. Adoption of the agenda
        The agenda was adopted.
        2. Examination of the draft toll framework
        a) Scope of the framework
        The Chair presented the scope. Several delegations agreed.
        b) Exemptions for emergency vehicles
        The Commission explained the exemptions.
        3. AOB
        The Commission informed delegations of its toll survey (WK 6610/2037).
        """, "bridges-2037-05.txt");

    private static readonly Meeting Tunnels = InventedMinutes.Read("""
        Brussels, 20 June 2037
        (OR. en)
        9950/37
        OUTCOME OF PROCEEDINGS
        From: General Secretariat of the Council
        On: 16 June 2037
        To: Working Party on Bridges and Tunnels
        Subject: Outcome of proceedings
        1. Adoption of the agenda
        The agenda was adopted.
        2. Tunnel safety inspections
        The Presidency presented a note on inspections.
        """, "bridges-2037-06.txt");

    private readonly QuestionAnswerer _answerer = new([Tolls, Tunnels], new NoScheduleChanges());

    [Theory]
    [InlineData("which minutes mention the toll survey")]
    [InlineData("which toll framework minutes do we have?")]
    [InlineData("which minutes cover the toll survey?")]
    [InlineData("what records cover the toll survey")]
    public void Minutes_asked_by_what_they_speak_of_are_those_records(string question)
    {
        var answer = Assert.IsType<MinutesListAnswer>(_answerer.Answer(question, Today));

        Assert.Equal(["8840/37"], answer.Meetings.Select(m => m.DocumentNumber));
    }

    [Fact]
    public void The_date_the_minutes_bear_is_their_issue_date() =>
        Assert.Equal(new DateOnly(2037, 6, 20), Assert.IsType<MinutesIssuedAnswer>(_answerer.Answer("what date are the minutes", Today)).Meetings[0].IssueDate);

    [Fact]
    public void Who_took_part_in_a_format_is_what_the_minutes_say_of_the_format()
    {
        var answer = Assert.IsType<PassagesAnswer>(_answerer.Answer("which MS joined remotely at the may meeting", Today));

        Assert.Contains(answer.Passages, p => p.Text.Contains("DK and EE followed the meeting by videoconference", StringComparison.Ordinal));
    }

    [Fact]
    public void The_sub_items_of_an_item_named_by_its_title_are_that_item()
    {
        var answer = Assert.IsType<AgendaItemAnswer>(_answerer.Answer("what were the sub-items of the toll framework item", Today));

        Assert.Contains(answer.Said, s => s.Text.Contains("Exemptions for emergency vehicles", StringComparison.Ordinal));
    }
}
