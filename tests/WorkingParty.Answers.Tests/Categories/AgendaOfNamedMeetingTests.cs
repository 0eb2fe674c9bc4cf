using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// An agenda asked for by what names the meeting rather than one of its items: a word of its subject line ("the cholera
/// meeting"), its bodies' codes joined by a slash ("the joint PIERS/DOCKS"), or a day before a month's name after
/// "items" ("agenda items 3 may"), which is the meeting's date and not an item's number.
/// </summary>
public class AgendaOfNamedMeetingTests
{
    private const string Outbreak = """
        Brussels, 12 May 2037
        SUMMARY RECORD
        On: 3 May 2037
        To: Joint meeting of the Working Party on Harbour Piers (PIERS) and the Working Party on Dry Docks (DOCKS)
        Subject: Summary record of the joint PIERS/DOCKS meeting on the cholera outbreak in port cities

        1. Adoption of the agenda

        The agenda was adopted.

        2. Quarantine berths

        The Commission presented its note on quarantine berths (doc. 8811/37). FR and NL supported it.

        3. Crew changes

        The Presidency informed delegations about crew changes in affected ports.
        """;

    private const string Later = """
        Brussels, 30 May 2037
        OUTCOME OF PROCEEDINGS
        On: 24 May 2037
        To: Working Party on Harbour Piers (PIERS)
        Subject: Outcome of the meeting

        1. Adoption of the agenda

        The agenda was adopted.

        2. Pier safety standards

        The Commission presented its study on pier safety and the cholera outbreak (doc. 9020/37).
        """;

    private static QuestionAnswerer Answerer() => new(
        [InventedMinutes.Read(Outbreak, "piers-docks-2037-05.txt"), InventedMinutes.Read(Later, "piers-2037-05.txt")], new NoScheduleChanges());

    [Theory]
    [InlineData("agenda items of the cholera meeting")]
    [InlineData("agenda of the joint PIERS/DOCKS")]
    [InlineData("piers agenda items 3 may")]
    public void The_agenda_of_the_meeting_named_is_given(string question)
    {
        var answer = Assert.IsType<AgendaAnswer>(Answerer().Answer(question, new DateOnly(2037, 6, 10)));

        Assert.Equal(new DateOnly(2037, 5, 3), answer.MeetingDate);
        Assert.Equal(["Adoption of the agenda", "Quarantine berths", "Crew changes"], answer.Items.Select(i => i.Title));
    }

    [Fact]
    public void A_topic_naming_an_item_is_not_the_agenda_of_the_meeting_it_names_too()
    {
        var answer = Answerer().Answer("is crew changes on the agenda?", new DateOnly(2037, 6, 10));

        Assert.IsNotType<AgendaAnswer>(answer);
    }
}
