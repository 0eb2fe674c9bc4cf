using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;
using WorkingParty.Minutes.Model;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// The short name a body's name brackets names it typed in any case, with no meeting word beside it: when an item title
/// writes it only in capitals, inside a document reference ("(doc. 9120/33 HARSAF 12)"), it is still no topic word; and
/// a short name of capitals and single small letters ("(NoSe)") is a short name too.
/// </summary>
public class BracketedShortNameInAnyCaseTests
{
    private static Meeting Minutes(string body, string title) => InventedMinutes.Read($"""
        Brussels, 2 December 2033
        (OR. en)
        15012/33
        OUTCOME OF PROCEEDINGS
        From: General Secretariat of the Council
        On: 25 November 2033
        To: {body}
        Subject: Summary record
        1. Adoption of the agenda
        The agenda was adopted.
        2. {title}
        The Commission presented its study on pilotage.
        3. AOB
        The Presidency informed delegations that the meeting planned for 9 December 2033 was cancelled. The next meeting would take place on 16 December 2033.
        """, "minutes-2033-11.txt");

    private static readonly Meeting Beacons = InventedMinutes.Read("""
        Brussels, 20 November 2033
        (OR. en)
        14800/33
        OUTCOME OF PROCEEDINGS
        From: General Secretariat of the Council
        On: 12 November 2033
        To: Working Party on Lighthouses and Beacons
        Subject: Summary record
        1. Adoption of the agenda
        The agenda was adopted.
        2. Beacon maintenance
        The Commission presented its report.
        """, "lights-2033-11.txt");

    [Theory]
    [InlineData("Working Party on Harbour Safety (HARSAF)", "Proposal for a Directive on pilotage (doc. 9120/33 HARSAF 12)", "is the 9 dec harsaf still on")]
    [InlineData("Working Party on the North Sea (NoSe)", "Proposal for a Directive on pilotage", "is the nose on 9 december still on")]
    public void The_short_name_in_lower_case_names_the_body(string body, string title, string question)
    {
        var answerer = new QuestionAnswerer([Minutes(body, title), Beacons], new NoScheduleChanges());

        var answer = Assert.IsType<PassagesAnswer>(answerer.Answer(question, new DateOnly(2033, 12, 4)));

        Assert.Contains(answer.Passages, p => p.Text.Contains("was cancelled", StringComparison.Ordinal));
        Assert.Contains(answer.Passages, p => p.Text.Contains("16 December 2033", StringComparison.Ordinal));
    }
}
