using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;
using WorkingParty.Minutes.Model;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// "What was discussed under AOB at the <body>?" of minutes with no AOB item: "AOB" is no name the library does not
/// know, so the question is not taken for one about the meeting as a whole (its agenda); nothing is found under AOB.
/// </summary>
public class StandingItemAskedTests
{
    private static readonly DateOnly Today = new(2038, 3, 20);

    private static readonly Meeting Lighthouses = InventedMinutes.Read("""
        Brussels, 12 March 2038
        (OR. en)
        7120/38
        OUTCOME OF PROCEEDINGS
        From: General Secretariat of the Council
        On: 9 March 2038
        To: Working Party on Lighthouses
        Subject: Outcome of proceedings

        1. Adoption of the agenda
        The agenda was adopted.
        2. Proposal for a Regulation on lighthouse dues
        The Presidency presented its compromise text. Several delegations asked for more time.
        """, "lighthouses-2038-03.txt");

    private readonly QuestionAnswerer _answerer = new([Lighthouses], new NoScheduleChanges());

    [Theory]
    [InlineData("what was discussed under AOB at the lighthouses wp")]
    [InlineData("anything under AOB at the lighthouses WP?")]
    public void AOB_asked_of_minutes_without_it_is_not_found_and_not_the_agenda(string question) =>
        Assert.Contains("aob", Assert.IsType<NotFoundAnswer>(_answerer.Answer(question, Today)).Unfound);
}
