using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;
using static WorkingParty.Answers.Tests.Categories.InventedMinutes;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// A request that names articles ("comments on Articles 21 to 26") is the one a question naming those articles asks for
/// ("arts 21-26", "art. 21-26", "Articles 21-26", "Art 21 to 26"), though another request of the item is on another
/// paper; and it is about what the heading naming those articles is about ("- Reuse of drainage water (Articles 40 to
/// 43)"), not what another sub-item's title says.
/// </summary>
public class ArticleRangeDeadlineTests
{
    private const string Minutes = "Brussels, 3 September 2039\nOUTCOME OF PROCEEDINGS\nOn: 30 August 2039\nTo: Working Party on Plant Reproductive Material\nSubject: Summary of discussions\n\n" +
        "1. Adoption of the agenda\n\nThe agenda was adopted.\n\n" +
        "2. Proposal for a Regulation on seed certification\n\na) General debate\n\nThe Presidency presented the state of play.\n\n" +
        "b) Traceability and sampling (Articles 21 to 26)\n\n" +
        "Several delegations asked for more flexibility on sampling. " +
        "Delegations were invited to send written comments on Articles 21 to 26 to the Presidency by 14 September 2039. " +
        "Comments on the Commission non-paper on shared sampling (DS 2210/39) may be sent until 21 September.\n\n" +
        "3. Water in agriculture\n\na) Proposal for a Directive on water reuse (ST 8812/39)\n\n" +
        "- Reuse of drainage water (Articles 40 to 43)\n\n" +
        "The Commission explained the thresholds.\n\nSome delegations questioned the monitoring costs. DE asked how the thresholds would apply to small farms.\n\n" +
        "- Definitions (Articles 1 to 5)\n\nThe Commission clarified the definition of treated water.\n\n" +
        "Delegations were invited to send written comments on Articles 40 to 43 by 12 September 2039.\n\n" +
        "b) Proposal for a Regulation on soil and drainage monitoring (ST 8813/39)\n\n" +
        "The Presidency presented the proposal, which several delegations linked to the reuse of water. The deadline for written comments on the Regulation is 19 September 2039.\n\n" +
        "4. AOB\n\nThere was no other business.";

    private static readonly DateOnly Today = new(2039, 9, 8);

    private readonly QuestionAnswerer _answerer = new([Read(Minutes, "seeds-2039-08.txt")], new NoScheduleChanges());

    [Theory]
    [InlineData("deadline for comments on arts 21-26?")]
    [InlineData("deadline for comments on art. 21-26?")]
    [InlineData("until when can we comment on Articles 21-26?")]
    [InlineData("deadline for comments on Art 21 to 26?")]
    public void A_question_naming_articles_gets_the_request_naming_them(string question)
    {
        var answer = Assert.IsType<DeadlinesAnswer>(_answerer.Answer(question, Today));

        Assert.Equal([new DateOnly(2039, 9, 14)], answer.Deadlines.Select(d => d.Date));
    }

    [Fact]
    public void A_request_naming_articles_is_about_the_heading_naming_them()
    {
        var answer = Assert.IsType<DeadlinesAnswer>(_answerer.Answer("deadline for comments on drainage reuse", Today));

        Assert.Equal([new DateOnly(2039, 9, 12)], answer.Deadlines.Select(d => d.Date));
    }
}
