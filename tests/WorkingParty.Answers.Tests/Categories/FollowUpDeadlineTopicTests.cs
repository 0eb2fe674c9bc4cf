using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;
using static WorkingParty.Answers.Tests.Categories.InventedMinutes;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// A follow-up request that names its topic only in the sentences before it ("The remaining delegations were invited to
/// send their comments by ..." after the deadline for comments on a draft was told as extended), and a request holding
/// only part of the topic asked beside the one whose own or preceding sentence holds all of it.
/// </summary>
public class FollowUpDeadlineTopicTests
{
    private const string Minutes = "Brussels, 20 April 2031\nOUTCOME OF PROCEEDINGS\nOn: 14 April 2031\nTo: Working Party on Maritime Questions\nSubject: Summary of discussions\n\n" +
        "1. Draft guidance on ballast water\n\nThe Commission recalled that the deadline for written comments on the draft guidance on ballast water (doc. 6120/31), " +
        "initially set at 3 March, had been extended to 7 April 2031. Replies had been received from ten delegations. " +
        "The remaining delegations (CY, MT and SK) were invited to send their comments at the latest by 30 May 2031.\n\n" +
        "2. AOB\n\nThe next meeting would take place on 12 June 2031.";

    private const string March = "Brussels, 24 March 2031\nOUTCOME OF PROCEEDINGS\nOn: 20 March 2031\nTo: Working Party on Maritime Questions\nSubject: Summary of discussions\n\n" +
        "1. Joint procurement of firefighting aircraft\n\nThe Presidency recalled the survey on joint procurement of firefighting aircraft (doc. 6199/31). " +
        "At the request of several delegations, the deadline for replies, initially set for 10 March, was extended until 2 April 2031. " +
        "The Chair thanked the delegations that had replied. Views on the procurement rates for aircraft were to be sent to the Presidency no later than 9 June 2031.\n\n" +
        "2. AOB\n\nThe next meeting would take place on 14 April 2031.";

    /// <summary>Items whose titles hold none of the topics: the follow-ups have them from the sentences before them alone.</summary>
    private const string Statistics = "Brussels, 20 May 2032\nOUTCOME OF PROCEEDINGS\nOn: 14 May 2032\nTo: Working Party on Fisheries Statistics\nSubject: Summary of discussions\n\n" +
        "1. Catch statistics - follow-up to the meeting of 2 February 2032\n\nEurostat recalled that the deadline for written comments on the draft sampling handbook (doc. 5511/32), " +
        "initially set at 1 March, had been extended to 9 April 2032. Written contributions had been received from twelve delegations. " +
        "The remaining delegations (LV, LT and RO) were invited to send their comments at the latest by 30 June 2032.\n\n" +
        "2. Landing obligation\n\n- Control provisions (Articles 4 to 6)\n\nThe Presidency recalled the survey on co-funding of patrol vessels (doc. 5590/32). " +
        "At the request of several delegations, the deadline for replies, initially set for 20 May, was extended until 3 June 2032. " +
        "The Chair concluded that Article 5 required further work. Positions on the co-funding rates for vessels were to be sent to the Presidency no later than 17 June 2032.\n\n" +
        "3. AOB\n\nThe next meeting would take place on 9 July 2032.";

    private readonly QuestionAnswerer _answerer = new([Read(March, "maritime-2031-03.txt"), Read(Minutes, "maritime-2031-04.txt")], new NoScheduleChanges());

    private readonly QuestionAnswerer _statistics = new([Read(Statistics, "fisheries-statistics-2032-05.txt")], new NoScheduleChanges());

    [Theory]
    [InlineData("what's the deadline for comments on the ballast guidance now?")]
    [InlineData("by when can we still comment on the ballast water guidance?")]
    public void A_follow_up_request_takes_its_topic_from_the_sentences_before_it(string question) =>
        Assert.Equal([new DateOnly(2031, 5, 30)], Dates(question, "2031-05-02"));

    [Theory]
    [InlineData("2031-03-25")]
    [InlineData("2031-05-02")]
    public void The_deadline_whose_preceding_sentence_holds_the_whole_topic_beats_one_holding_part_of_it(string today)
    {
        var answer = Assert.IsType<DeadlinesAnswer>(_answerer.Answer("deadline for the procurement survey?", DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal([new DateOnly(2031, 4, 2)], answer.Deadlines.Where(d => d.IsCertain).Select(d => d.Date));
        Assert.DoesNotContain(answer.Deadlines, d => d.IsCertain && d.Date == new DateOnly(2031, 6, 9));
    }

    [Theory]
    [InlineData("whats the deadline for comments on the sampling handbook now?", "2032-05-20", "2032-06-30")]
    [InlineData("deadline for the co-funding survey?", "2032-05-20", "2032-06-03")]
    public void A_follow_up_under_a_title_holding_none_of_its_topic_takes_it_from_the_sentences_before_it(string question, string today, string due)
    {
        var answer = Assert.IsType<DeadlinesAnswer>(_statistics.Answer(question, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal([DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture)], answer.Deadlines.Where(d => d.IsCertain).Select(d => d.Date));
    }

    private IEnumerable<DateOnly> Dates(string question, string today) =>
        Assert.IsType<DeadlinesAnswer>(_answerer.Answer(question, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture))).Deadlines.Select(d => d.Date);
}
