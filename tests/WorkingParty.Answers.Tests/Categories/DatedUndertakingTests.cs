using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;
using static WorkingParty.Answers.Tests.Categories.InventedMinutes;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// Dates a delegate asks for otherwise than as a deadline: the end of a period the minutes date in the sentence before
/// an unrelated request ("derogation period until when?"), what the Commission undertook to deliver by a date ("when
/// will Cion send ...?", "when will the study be finalised?"), but not what was done, nor a paper others were asked to
/// comment on.
/// </summary>
public class DatedUndertakingTests
{
    private const string March = "Brussels, 12 March 2044\nOUTCOME OF PROCEEDINGS\nOn: 5 March 2044\nTo: Working Party on Seeds and Propagating Material\nSubject: Summary of discussions\n\n" +
        "1. Adoption of the agenda\n\nThe agenda was adopted.\n\n" +
        "2. Seed marketing regulation - Article 4\n\nThe Presidency presented its compromise text on Article 4. Finland and the Irish delegation asked for a derogation period. " +
        "The Presidency suggested that a derogation period until 30.06.2047 could be examined. The Cion undertook to circulate a note on certification costs no later than 20 March.\n\n" +
        "3. Plant reproductive material statistics\n\nThe Commission presented the statistics for 2043. Cion undertook to provide updated figures per Member State by the end of April. " +
        "Delegations were invited to send written comments on the statistics by 26 March.\n\n" +
        "4. Seed testing\n\nThe Commission indicated that the germination study would be finalised by the end of June.";

    private static readonly DateOnly Today = new(2044, 3, 10);

    private readonly QuestionAnswerer _answerer = new([Read(March, "seeds-2044-03.txt")], new NoScheduleChanges());

    [Fact]
    public void A_period_asked_until_when_is_the_sentence_that_dates_it_not_the_next_sentences_request()
    {
        var answer = _answerer.Answer("derogation period until when?", Today);

        Assert.Contains("30.06.2047", Assert.IsType<PassagesAnswer>(answer).Passages[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_deadline_asked_as_such_is_still_the_request()
    {
        var answer = Assert.IsType<DeadlinesAnswer>(_answerer.Answer("deadline for the note on certification costs?", Today));

        Assert.Equal(new DateOnly(2044, 3, 20), Assert.Single(answer.Deadlines).Date);
    }

    [Theory]
    [InlineData("when will cion send the updated figures per MS?")]
    [InlineData("when will the commission provide updated figures per member state")]
    public void What_the_Commission_undertook_to_deliver_is_answered_with_its_due_date(string question)
    {
        var answer = Assert.IsType<DeadlinesAnswer>(_answerer.Answer(question, Today));

        var deadline = Assert.Single(answer.Deadlines);
        Assert.Equal(new DateOnly(2044, 4, 30), deadline.Date);
        Assert.True(deadline.IsCertain);
    }

    [Fact]
    public void What_an_institution_said_would_be_finalised_by_a_date_is_answered_with_that_date_asked_of_nobody()
    {
        var answer = Assert.IsType<DeadlinesAnswer>(_answerer.Answer("when will the germination study be finalised?", Today));

        Assert.Equal((new DateOnly(2044, 6, 30), "The Commission"), (Assert.Single(answer.Deadlines).Date, answer.Deadlines[0].RequestedFrom));
    }

    [Fact]
    public void When_an_event_takes_place_is_not_what_was_undertaken_for_it() =>
        Assert.IsNotType<DeadlinesAnswer>(_answerer.Answer("when does the germination study take place?", Today));

    [Fact]
    public void What_was_done_is_no_undertaking() =>
        Assert.IsNotType<DeadlinesAnswer>(_answerer.Answer("when did cion provide the updated figures per member state?", Today));

    [Fact]
    public void What_delegations_are_asked_to_send_on_a_paper_is_no_undertaking_of_whoever_tabled_it() =>
        Assert.IsNotType<DeadlinesAnswer>(_answerer.Answer("when will the commission present the statistics?", Today));
}
