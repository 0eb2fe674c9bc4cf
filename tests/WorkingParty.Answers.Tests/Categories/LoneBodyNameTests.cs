using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;
using static WorkingParty.Answers.Tests.Categories.CanalMinutes;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// A body named by its bracketed acronym or the one word of a "&lt;Word&gt; Group" name, with no "working party" or
/// meeting word beside it, scopes the question to that body rather than narrowing it to a topic (batch G, A1); meeting
/// qualifiers are no topic (A9); a cancelled meeting is asked for by its status (A8).
/// </summary>
public class LoneBodyNameTests
{
    private readonly QuestionAnswerer _answerer = new(All(), new NoScheduleChanges());

    private T Ask<T>(string question) where T : Answer => Assert.IsType<T>(_answerer.Answer(question, Today));

    [Theory]
    [InlineData("when were the CANALS minutes issued?")]
    [InlineData("CANALS minutes: issue date?")]
    public void Issue_date_by_the_bracketed_acronym_alone(string question)
    {
        var answer = Ask<MinutesIssuedAnswer>(question);
        Assert.Equal([new DateOnly(2036, 5, 12)], answer.Meetings.Select(m => m.IssueDate));
        Assert.All(answer.Meetings, m => Assert.Equal(Canals, m.Body));
    }

    [Fact]
    public void Minutes_list_by_the_bracketed_acronym_alone()
    {
        var answer = Ask<MinutesListAnswer>("which CANALS minutes do you have?");
        Assert.Equal([new DateOnly(2036, 5, 6), new DateOnly(2036, 4, 8)], answer.Meetings.Select(m => m.Date));
    }

    [Fact]
    public void Deadlines_by_the_bracketed_acronym_alone()
    {
        var answer = Ask<DeadlinesAnswer>("any open CANALS deadlines?");
        Assert.Equal([new DateOnly(2036, 6, 2)], answer.Deadlines.Select(d => d.Date));
    }

    [Fact]
    public void Deadlines_by_the_one_word_of_a_group_name()
    {
        var answer = Ask<DeadlinesAnswer>("what's outstanding for sluice?");
        Assert.Equal([new DateOnly(2036, 5, 29)], answer.Deadlines.Select(d => d.Date));
    }

    [Fact]
    public void Issue_date_by_the_one_word_of_a_group_name()
    {
        var answer = Ask<MinutesIssuedAnswer>("when did the sluice minutes come out?");
        Assert.Equal([new DateOnly(2036, 4, 20)], answer.Meetings.Select(m => m.IssueDate));
    }

    [Fact]
    public void A_lone_name_an_item_title_uses_stays_a_topic_in_lower_case()
    {
        var answer = Ask<AgendaItemAnswer>("what was said about canals?");
        Assert.StartsWith("Canals of", answer.Source.ItemTitle, StringComparison.Ordinal);
    }

    [Fact]
    public void A_meeting_qualifier_is_no_topic()
    {
        var answer = Ask<AgendaAnswer>("agenda of the joint session in May?");
        Assert.Equal(new DateOnly(2036, 5, 6), answer.MeetingDate);
    }

    [Fact]
    public void An_extra_or_informal_meeting_word_is_no_topic()
    {
        var answer = Ask<MinutesListAnswer>("which informal CANALS meetings were held?");
        Assert.NotEmpty(answer.Meetings);
    }

    [Theory]
    [InlineData("which meeting was cancelled in April?")]
    [InlineData("which meeting was called off in April?")]
    public void A_cancelled_meeting_is_answered_by_its_status_not_by_the_meetings_held(string question)
    {
        var answer = Ask<PassagesAnswer>(question);
        Assert.Contains(answer.Passages, p => p.Text.Contains("had been cancelled", StringComparison.Ordinal));
    }

    [Fact]
    public void A_cancelled_meeting_without_a_month()
    {
        var answer = Ask<PassagesAnswer>("was any CANALS meeting cancelled?");
        Assert.Contains(answer.Passages, p => p.Text.Contains("had been cancelled", StringComparison.Ordinal));
    }
}
