using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;
using static WorkingParty.Answers.Tests.Categories.CanalMinutes;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// Council shorthand and initials for what the minutes write in full (batch G, A5); a proposal's COM reference and the
/// agenda's CM document asked for (A7); the meeting asked by its topic, its document number or "which body" (A2).
/// </summary>
public class ShorthandAndDocumentTests
{
    private readonly QuestionAnswerer _answerer = new(All(), new NoScheduleChanges());

    private Answer Ask(string question) => _answerer.Answer(question, Today);

    private static string Shown(Answer answer) => answer switch
    {
        PassagesAnswer p => string.Join(" | ", p.Passages.Select(q => q.Text)),
        AgendaItemAnswer a => a.Source.ItemTitle + " | " + string.Join(" | ", a.Said.Select(s => s.Text)) + " | " + string.Join(" ", a.Documents),
        ActorStatementsAnswer a => string.Join(" | ", a.Statements.Select(s => s.Text)),
        DocumentAnswer d => d.Reference + " | " + string.Join(" | ", d.Mentions.Select(m => m.Text)),
        AgendaAnswer a => string.Join(" | ", a.Items.Select(i => i.Title)),
        _ => answer.GetType().Name,
    };

    [Fact]
    public void Council_shorthand_finds_the_formation_written_in_full() =>
        Assert.Contains("Agriculture and Fisheries Council", Shown(Ask("anything for AGRIFISH?")), StringComparison.Ordinal);

    [Fact]
    public void Initials_of_a_term_find_the_term_written_in_full() =>
        Assert.Contains("environmental impact assessment", Shown(Ask("what about the EIA?")), StringComparison.Ordinal);

    [Theory]
    [InlineData("what's the COM number of the river information services proposal?")]
    [InlineData("COM reference of the river information services file?")]
    public void The_COM_reference_of_a_proposal(string question) =>
        Assert.Contains("COM(2035) 418", Shown(Ask(question)), StringComparison.Ordinal);

    [Theory]
    [InlineData("what was said on COM(2035)418?")]
    [InlineData("anything on com 2035 418?")]
    public void A_COM_reference_in_any_spelling_is_a_document(string question) =>
        Assert.Contains("river information services", Shown(Ask(question)), StringComparison.Ordinal);

    [Fact]
    public void The_CM_document_of_the_agenda() =>
        Assert.Contains("CM 2211/36", Shown(Ask("which CM document was the agenda?")), StringComparison.Ordinal);
}

/// <summary>The meeting the minutes record, asked by its topic, by the minutes' own number or by "which body" (batch G, A2).</summary>
public class RecordedMeetingTests
{
    private readonly QuestionAnswerer _answerer = new(All(), new NoScheduleChanges());

    private Answer Ask(string question) => _answerer.Answer(question, Today);

    [Theory]
    [InlineData("when did the WP meet (doc 8120/36)?")]
    [InlineData("what date was the meeting of 8120/36?")]
    public void The_minutes_own_number_names_its_meeting(string question)
    {
        var answer = Assert.IsType<MinutesListAnswer>(Ask(question));
        Assert.Equal([new DateOnly(2036, 4, 8)], answer.Meetings.Select(m => m.Date));
    }

    [Fact]
    public void Issue_date_of_the_minutes_by_their_own_number()
    {
        var answer = Assert.IsType<MinutesIssuedAnswer>(Ask("when was 8402/36 issued?"));
        Assert.Equal([new DateOnly(2036, 4, 20)], answer.Meetings.Select(m => m.IssueDate));
    }

    [Theory]
    [InlineData("which group dealt with lock gate maintenance, and when?")]
    [InlineData("when was the meeting on lock gate maintenance?")]
    public void The_meeting_on_a_topic_gives_its_body_and_date(string question)
    {
        var answer = Ask(question);
        var (body, date) = answer switch
        {
            AgendaItemAnswer a => (a.Source.Body, a.Source.MeetingDate),
            MinutesListAnswer l => (l.Meetings[0].Body, l.Meetings[0].Date),
            _ => ("", default),
        };
        Assert.Equal((Sluice, new DateOnly(2036, 4, 15)), (body, date));
    }
}
