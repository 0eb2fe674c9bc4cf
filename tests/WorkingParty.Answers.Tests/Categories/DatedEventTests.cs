using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;
using static WorkingParty.Answers.Tests.Categories.ElectricityMinutes;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// A3: "when is &lt;event&gt;?" for what is not the body's own meeting, answered with the sentence that dates it; A4: how a
/// dated meeting stands; A5: every document of an item, and a deadline's documents as read (none where unsure); A10: when the
/// minutes were issued.
/// </summary>
public class DatedEventTests
{
    private readonly QuestionAnswerer _answerer = new([March()], new NoScheduleChanges());

    private T Ask<T>(string question) where T : Answer => Assert.IsType<T>(_answerer.Answer(question, Today));

    [Theory]
    [InlineData("when is the energy council?", "16 June 2031", 2)]
    [InlineData("from when does the regulation apply?", "1 January 2033", 3)]
    [InlineData("when and where is the hydrogen conference", "5-6 May 2031", 4)]
    public void A3_when_is_an_event_quotes_the_sentence_that_dates_it(string question, string date, int item)
    {
        var first = Ask<PassagesAnswer>(question).Passages[0];
        Assert.Contains(date, first.Text);
        Assert.Equal(item, first.Source.Item);
    }

    [Fact]
    public void A3_an_event_the_minutes_do_not_date_is_not_answered_with_another_date() =>
        Assert.IsNotType<PassagesAnswer>(_answerer.Answer("when is the football final?", Today));

    [Theory]
    [InlineData("is the 2 April meeting physical?", "videoconference")]
    [InlineData("is the meeting on 2 April in person or remote?", "videoconference")]
    [InlineData("is the 9 April meeting still on?", "postponed to 23 April")]
    [InlineData("was the April meeting postponed?", "postponed to 23 April")]
    public void A4_how_a_dated_meeting_stands_is_said_with_its_sentence(string question, string said) =>
        Assert.Contains(said, Ask<PassagesAnswer>(question).Passages[0].Text);

    [Theory]
    [InlineData("which documents were discussed under item 3?")]
    [InlineData("documents of item 3")]
    public void A5_the_documents_of_an_item_by_its_number_are_all_of_them(string question) =>
        Assert.Equal(["7410/31", "7411/31", "WK 3120/2031"], Ask<AgendaItemAnswer>(question).Documents);

    [Fact]
    public void A5_a_document_found_by_topic_comes_with_the_other_documents_of_its_sub_item()
    {
        var answer = Ask<DocumentAnswer>("which document is the compromise text?");
        Assert.Equal("7410/31", answer.Reference);
        Assert.Contains(answer.Mentions, m => m.Text.Contains("7411/31"));
        Assert.DoesNotContain(answer.Mentions, m => m.Text.Contains("WK 3120/2031"));
    }

    [Fact]
    public void A5_a_deadline_read_with_no_document_is_given_none_by_the_sentence_before() =>
        Assert.Empty(Ask<DeadlinesAnswer>("any open deadlines?").Deadlines.Single().Documents);

    [Theory]
    [InlineData("when were the minutes issued?")]
    [InlineData("when was the outcome of proceedings of the 12 March meeting circulated?")]
    public void A10_the_issue_date_of_the_minutes(string question)
    {
        var meeting = Assert.Single(Ask<MinutesIssuedAnswer>(question).Meetings);
        Assert.Equal((Issued, "7702/31"), (meeting.IssueDate!.Value, meeting.DocumentNumber!));
    }
}
