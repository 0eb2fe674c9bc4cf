using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;
using WorkingParty.Minutes.Model;
using static WorkingParty.Answers.Tests.Categories.ShippingMinutes;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// "Deadline for comments on X?" is the comments deadline of X, not another request of X's item (figures, contact
/// points) that names X more often; "where will the June meeting be held?" asks a place, which no date answers: the
/// sentence telling the meeting is quoted, its date never given as the answer.
/// </summary>
public class CommentsDeadlineAndPlaceTests
{
    private const string Body = "Working Party on Beekeeping";
    private const string Comments = "Delegations were invited to send written comments on both texts by 9 June 2037.";
    private const string Figures = "Member States were also asked to send the Commission their honey production figures for the hive register until 16 June 2037.";
    private const string Next = "The next meeting will take place on 23 June 2037.";
    private static readonly DateOnly Today = new(2037, 6, 3);

    private static Meeting May() => new(
        "bees-2037-05-27", Body, new DateOnly(2037, 5, 27), false, "Outcome of proceedings", "bees-2037-05.txt",
        [
            Item(1, "Adoption of the agenda", [], P(null, S("The agenda was adopted."))),
            Item(2, "Honey labelling and the hive register", [], P(null, S("The Commission presented the honey register proposal."), S(Comments), S(Figures))),
            Item(3, "Any other business", [], P(null, S(Next))),
        ],
        [new DatedEvent(new DateOnly(2037, 6, 23), null, DatePrecision.Day, EventKind.NextMeeting, "The next meeting", 3, Next)],
        [
            new Deadline(new DateOnly(2037, 6, 9), 2, "written comments on both texts", "delegations", [], Comments),
            new Deadline(new DateOnly(2037, 6, 16), 2, "send the Commission their honey production figures for the hive register", "Member States", [], Figures),
        ]);

    private readonly QuestionAnswerer _answerer = new([May()], new NoScheduleChanges());

    [Theory]
    [InlineData("deadline for comments on the honey register?")]
    [InlineData("until when can we send remarks on the hive register")]
    public void A_deadline_asked_for_comments_is_the_comments_deadline(string question)
    {
        var answer = Assert.IsType<DeadlinesAnswer>(_answerer.Answer(question, Today));

        Assert.Equal([new DateOnly(2037, 6, 9)], answer.Deadlines.Select(d => d.Date));
    }

    [Fact]
    public void A_deadline_asked_without_comments_still_finds_the_other_request() =>
        Assert.Contains(new DateOnly(2037, 6, 16), Assert.IsType<DeadlinesAnswer>(_answerer.Answer("deadline for the honey production figures?", Today)).Deadlines.Select(d => d.Date));

    [Theory]
    [InlineData("where will the june meeting be held")]
    [InlineData("where is the next meeting?")]
    public void A_place_asked_for_a_coming_meeting_quotes_the_sentence_telling_it(string question)
    {
        var answer = Assert.IsType<PassagesAnswer>(_answerer.Answer(question, Today));

        Assert.Equal([Next], answer.Passages.Select(p => p.Text));
    }
}
