using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;
using WorkingParty.Answers.Tests.Evaluation;
using static WorkingParty.Answers.Tests.Categories.InventedMinutes;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// Deadlines asked in other words than "which deadlines are still open": "still running", "remaining", "in terms of
/// deadlines"; two topics parted by a slash; a comments deadline asked by a topic that another sentence dates too; why a
/// deadline was extended (the sentence telling it, not the date); a delegation's position on time limits (what it said,
/// not a deadline); and when a period ends that the minutes tell as expiring on a day, or when an agreement expires
/// that they date (that date, not a deadline).
/// </summary>
public class DeadlineAskedOtherwiseTests
{
    private const string Minutes = "Brussels, 14 May 2037\nOUTCOME OF PROCEEDINGS\nOn: 6 May 2037\nTo: Working Party on Alpine Rescue Services\nSubject: Summary of discussions\n\n" +
        "1. Adoption of the agenda\n\nThe agenda was adopted.\n\n" +
        "2. Draft Council conclusions on avalanche preparedness\n\n" +
        "The Presidency presented the draft conclusions (doc. 8810/37). DE and AT stressed the role of volunteers. " +
        "Delegations were invited to send their final written comments by 19 May.\n\n" +
        "3. Helicopter rescue questionnaire\n\n" +
        "The Presidency presented a questionnaire on helicopter rescue capacities (WK 5120/2037) and SI reported on its national helicopter fleet. " +
        "At the request of SI and SK, the deadline for replies, initially set for 12 May, was extended to 26 May.\n\n" +
        "4. Regulation on rescue equipment standards\n\n" +
        "Several delegations supported longer time limits for the certification of equipment. The Italian delegation wanted any suspension of the time limits to be strictly justified. " +
        "Delegations may comment on the Annexes of the Regulation until 28 May 2037. " +
        "The Commission recalled that the standstill period for the notified equipment rules would expire on 30 June 2037.\n\n" +
        "5. Review of the glacier monitoring scheme\n\n" +
        "The Commission presented its options paper on the future of the scheme. " +
        "Delegations may comment on the options until 27 May.\n\n" +
        "6. AOB\n\n" +
        "The incoming Presidency presented its priorities, including the follow-up to the avalanche preparedness conclusions in the second half of 2037. " +
        "The Commission recalled that the current mountain safety agreement with Switzerland expires on 15 November 2038.";

    private readonly QuestionAnswerer _answerer = new([Read(Minutes, "alpine-rescue-2037-05.txt")], new NoScheduleChanges());

    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("what deadlines are still running")]
    [InlineData("which deadlines are remaining?")]
    [InlineData("whats still open in terms of deadlines")]
    public void Open_deadlines_asked_in_other_words_are_listed(string question)
    {
        var answer = Assert.IsType<DeadlinesAnswer>(_answerer.Answer(question, D("2037-05-20")));

        Assert.False(answer.Past);
        Assert.Equal([D("2037-05-26"), D("2037-05-27"), D("2037-05-28"), D("2037-06-30")], answer.Deadlines.Select(d => d.Date));
    }

    [Fact]
    public void Two_topics_parted_by_a_slash_list_the_deadlines_of_each()
    {
        var answer = Assert.IsType<DeadlinesAnswer>(_answerer.Answer("which deadlines are still open on the helicopter questionnaire / annexes?", D("2037-05-20")));

        Assert.Equal([D("2037-05-26"), D("2037-05-28")], answer.Deadlines.Select(d => d.Date));
    }

    [Fact]
    public void A_comments_deadline_on_a_topic_another_sentence_dates_is_the_comments_request()
    {
        var answer = Assert.IsType<DeadlinesAnswer>(_answerer.Answer("deadline for comments on the avalanche preparedness conclusions", D("2037-05-15")));

        Assert.Equal(D("2037-05-19"), Assert.Single(answer.Deadlines).Date);
    }

    [Fact]
    public void Why_a_deadline_was_extended_is_answered_by_the_sentence_telling_it()
    {
        var shown = ShownFacts.Of(_answerer.Answer("why was the questionnaire deadline extended", D("2037-05-20")));

        Assert.Contains(shown.Quoted, q => q.Contains("At the request of SI and SK", StringComparison.Ordinal));
    }

    [Fact]
    public void A_delegations_position_on_time_limits_is_what_it_said()
    {
        var answer = _answerer.Answer("what did the italians want on time limits", D("2037-05-20"));

        Assert.IsNotType<DeadlinesAnswer>(answer);
        Assert.Contains(ShownFacts.Of(answer).Quoted, q => q.Contains("strictly justified", StringComparison.Ordinal));
    }

    [Fact]
    public void A_comments_deadline_on_a_delegations_report_is_the_deadline()
    {
        var answer = Assert.IsType<DeadlinesAnswer>(_answerer.Answer("deadline for comments on the slovenian report on the questionnaire?", D("2037-05-20")));

        Assert.Equal(D("2037-05-26"), Assert.Single(answer.Deadlines).Date);
    }

    [Fact]
    public void When_a_period_ends_is_the_day_the_minutes_say_it_expires()
    {
        var answer = Assert.IsType<DeadlinesAnswer>(_answerer.Answer("when does the standstill period for the equipment rules end", D("2037-05-20")));

        Assert.Equal(D("2037-06-30"), Assert.Single(answer.Deadlines).Date);
    }

    [Fact]
    public void When_a_scheme_expires_is_never_a_request_found_through_its_items_title()
    {
        var answer = _answerer.Answer("when does the glacier monitoring scheme expire", D("2037-05-20"));

        Assert.IsNotType<DeadlinesAnswer>(answer);
    }

    [Fact]
    public void When_an_agreement_expires_is_the_day_the_minutes_date_it_not_a_deadline()
    {
        var answer = _answerer.Answer("when does the mountain safety agreement with switzerland expire?", D("2037-05-20"));

        Assert.IsNotType<DeadlinesAnswer>(answer);
        Assert.Contains(ShownFacts.Of(answer).Quoted, q => q.Contains("15 November 2038", StringComparison.Ordinal));
    }
}
