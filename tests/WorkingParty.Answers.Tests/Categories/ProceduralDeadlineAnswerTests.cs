using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;
using static WorkingParty.Answers.Tests.Categories.InventedMinutes;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// A question naming who owes a deadline ("the council") or what is owed ("act", "transposition", "scrutiny") gets the
/// procedural deadline whose own sentence says it, not the delegations' comment deadline of the same item; and a
/// question on what a request's own text names ("the annexes") gets that request, not one under the same heading.
/// </summary>
public class ProceduralDeadlineAnswerTests
{
    private const string Minutes = "Brussels, 9 June 2031\nOUTCOME OF PROCEEDINGS\nOn: 4 June 2031\nTo: Working Party on Inland Waterways\nSubject: Summary of discussions\n\n" +
        "1. Adoption of the agenda\n\nThe agenda was adopted.\n\n" +
        "2. Delegated act on barge tonnage certificates\n\n" +
        "The draft measure is subject to the regulatory procedure with scrutiny. The deadline for the scrutiny by the Council expires on 18 September 2031. " +
        "The proposal was received by the Council on 2 June; the Council therefore has to act by 02.09.2031, failing which the Commission will adopt the measure. " +
        "Delegations were invited to send written comments on the tonnage certificates by 20 June 2031.\n\n" +
        "3. Directive on river information services (RIS)\n\n" +
        "Cion recalled that Member States must adopt and publish their transposing measures by 20 November 2033 and apply them from 20 November 2034. " +
        "Delegations were invited to send comments on the RIS guidelines by 27 June 2031.\n\n" +
        "4. Regulation on lock fees\n\na) Articles 1 to 14\n\nThe Presidency presented the text.\n\nb) Annexes I to III\n\n" +
        "The Commission explained the fee tables. The Chair concluded that delegations were invited to send written comments on Articles 1 to 14 of WK 1934/2031 by 1 July 2031. " +
        "Comments on the Annexes may be sent until 8 July.\n\n" +
        "5. Pilotage services\n\na) State of play\n\nThe Presidency reported.\n\nb) Pilot exemptions\n\nThe Commission explained the pilotage rules in seaports. " +
        "Delegations were invited to send written comments on the Presidency compromise by 3 July 2031. Comments on the exemption certificates may be sent until 10 July.\n\n" +
        "6. AOB\n\nThere was no other business.";

    private static readonly DateOnly Today = new(2031, 6, 12);

    private readonly QuestionAnswerer _answerer = new([Read(Minutes, "waterways-2031-06.txt")], new NoScheduleChanges());

    [Theory]
    [InlineData("by when must the council act on barge tonnage certificates?", "2031-09-02")]
    [InlineData("RIS transposition deadline?", "2033-11-20")]
    [InlineData("by when does the scrutiny of the barge tonnage certificates end?", "2031-09-18")]
    [InlineData("until when can we comment on the annexes of the lock fees regulation?", "2031-07-08")]
    [InlineData("until when can we comment on the exemptions for pilotage?", "2031-07-10")]
    public void A_question_naming_what_is_owed_gets_the_deadline_saying_it(string question, string date)
    {
        var answer = Assert.IsType<DeadlinesAnswer>(_answerer.Answer(question, Today));

        Assert.Equal([DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)], answer.Deadlines.Select(d => d.Date));
    }

    [Fact]
    public void Open_deadlines_list_the_procedural_ones_with_who_owes_them()
    {
        var answer = Assert.IsType<DeadlinesAnswer>(_answerer.Answer("open deadlines?", Today));

        Assert.Contains(answer.Deadlines, d => d.Date == new DateOnly(2031, 9, 2) && d.RequestedFrom == "the Council");
        Assert.Contains(answer.Deadlines, d => d.Date == new DateOnly(2033, 11, 20) && d.RequestedFrom == "Member States");
    }
}
