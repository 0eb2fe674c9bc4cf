using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;
using static WorkingParty.Answers.Tests.Categories.InventedMinutes;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// A sentence of two requests parted by a semicolon, each with its own date: a comments question whose words the first
/// clause holds ("comment", "scoping paper", "Commission") gets that request only, not the other one tied to it by the
/// item's title alone; and an extended deadline's subject does not carry the date first set ("set at the previous
/// meeting for ...").
/// </summary>
public class SemicolonRequestAnswerTests
{
    private const string June = "Brussels, 2 June 2036\nOUTCOME OF PROCEEDINGS\nOn: 27 May 2036\nTo: Delegations\nSubject: Working Party on Forests\n\n"
        + "1. Adoption of the agenda\n\nThe agenda was adopted.\n\n2. Forest monitoring regulation - revision\n\n"
        + "The Commission presented its scoping paper on remote sensing. Delegations may comment on the Commission scoping paper until 9 June 2036; "
        + "replies to the Presidency survey on seed banks (doc. 8450/36) are expected no later than 16 June 2036.\n\n"
        + "3. Wildfire prevention guidelines\n\n"
        + "The deadline for written comments on Sections 3 and 4, set at the previous meeting for 5 June, was extended to 12 June 2036 at the request of several delegations.";

    private readonly QuestionAnswerer _answerer = new([Read(June, "forests-2036-05.txt")], new NoScheduleChanges());

    [Theory]
    [InlineData("until when can we comment on the cion scoping paper on forest monitoring")]
    [InlineData("until when can we comment on the commission scoping paper?")]
    public void The_request_whose_own_clause_says_the_topic_is_the_only_answer(string question)
    {
        var answer = Assert.IsType<DeadlinesAnswer>(_answerer.Answer(question, new DateOnly(2036, 6, 3)));

        var deadline = Assert.Single(answer.Deadlines);
        Assert.Equal(new DateOnly(2036, 6, 9), deadline.Date);
        Assert.Empty(deadline.Documents);
    }

    [Fact]
    public void An_extended_deadline_is_requested_without_the_date_first_set()
    {
        var answer = Assert.IsType<DeadlinesAnswer>(_answerer.Answer("deadline comments sections 3 and 4?", new DateOnly(2036, 6, 8)));

        var deadline = Assert.Single(answer.Deadlines);
        Assert.Equal(new DateOnly(2036, 6, 12), deadline.Date);
        Assert.DoesNotContain("5 June", deadline.Subject, StringComparison.Ordinal);
        Assert.Equal("5 June", deadline.FirstSet);
    }
}
