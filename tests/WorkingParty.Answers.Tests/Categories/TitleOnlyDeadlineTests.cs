using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;
using static WorkingParty.Answers.Tests.Categories.InventedMinutes;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// A deadline whose own sentence says none of what was asked, tied to the question only by its item's title, is no
/// answer for certain to a question about anything but comments ("until when is the storage aid extended?" answered by
/// the comments requested under the proposal extending it): it is shown with its sentence. Asked for comments on the
/// item's subject, the same deadline is asserted.
/// </summary>
public class TitleOnlyDeadlineTests
{
    private const string Minutes = "Brussels, 14 March 2037\nOUTCOME OF PROCEEDINGS\nOn: 10 March 2037\nTo: Working Party on Pigmeat\nSubject: Summary of discussions\n\n" +
        "1. Adoption of the agenda\n\nThe agenda was adopted.\n\n" +
        "2. Proposal for a Council Regulation extending the private storage aid for pigmeat\n\n" +
        "Cion presented its proposal. Delegations were invited to send written comments by 20 March 2037.";

    private readonly QuestionAnswerer _answerer = new([Read(Minutes, "pigmeat-2037-03.txt")], new NoScheduleChanges());

    [Fact]
    public void Asked_anything_but_comments_it_is_shown_with_its_sentence()
    {
        var answer = _answerer.Answer("until when would the private storage aid be extended?", new DateOnly(2037, 3, 12));

        Assert.All((answer as DeadlinesAnswer)?.Deadlines ?? [], d => Assert.False(d.IsCertain));
    }

    [Fact]
    public void Asked_for_comments_it_is_asserted()
    {
        var answer = Assert.IsType<DeadlinesAnswer>(_answerer.Answer("deadline for comments on the private storage aid?", new DateOnly(2037, 3, 12)));

        var deadline = Assert.Single(answer.Deadlines);
        Assert.True(deadline.IsCertain);
        Assert.Equal(new DateOnly(2037, 3, 20), deadline.Date);
    }
}
