using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;
using static WorkingParty.Answers.Tests.Categories.ShippingMinutes;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>A2: sub-item titles and dash headings are the context of what stands under them; "3b" and "point 3(b)" name a sub-item.</summary>
public class SubItemTests
{
    private readonly QuestionAnswerer _answerer = new(All(), new NoScheduleChanges());

    private static string Shown(Answer answer) => answer switch
    {
        PassagesAnswer p => string.Join(" | ", p.Passages.Select(q => q.Source.ItemTitle + ": " + q.Text)),
        AgendaItemAnswer a => a.Source.ItemTitle + ": " + string.Join(" ", a.Said.Select(s => s.Text)),
        ActorStatementsAnswer s => string.Join(" | ", s.Statements.Select(q => q.Source.ItemTitle + ": " + q.Text)),
        DocumentAnswer d => string.Join(" | ", d.Mentions.Select(q => q.Source.ItemTitle + ": " + q.Text)),
        DeadlinesAnswer d => string.Join(" | ", d.Deadlines.Select(q => q.Source.ItemTitle + ": " + q.Subject + " " + q.Date)),
        _ => answer.GetType().Name,
    };

    [Fact]
    public void A_sub_item_title_is_searched_and_quoted() =>
        Assert.Contains("Limassol, 4-5 June", Shown(_answerer.Answer("when was the informal ministers' meeting?", Today)));

    [Fact]
    public void An_actor_speaking_under_a_sub_item_is_found_by_its_title()
    {
        var answer = Assert.IsType<ActorStatementsAnswer>(_answerer.Answer("what did Cion say about the port levy?", Today));
        Assert.StartsWith("The Commission presented the findings.", answer.Statements[0].Text);
        Assert.Contains("Port levy study", answer.Statements[0].Source.ItemTitle);
    }

    [Fact]
    public void A_dash_heading_is_the_context_of_the_paragraphs_after_it()
    {
        var answer = Assert.IsType<ActorStatementsAnswer>(_answerer.Answer("what did NL say about port state control?", Today));
        Assert.Equal("NL asked for more inspections.", Assert.Single(answer.Statements).Text);
    }

    [Fact]
    public void A_document_listed_in_a_sub_item_title_is_described_by_it() =>
        Assert.Contains("Port levy study", Shown(_answerer.Answer("what is WK 3301/25?", Today)));

    [Fact]
    public void A_deadline_under_a_sub_item_is_found_by_its_title()
    {
        var answer = Assert.IsType<DeadlinesAnswer>(_answerer.Answer("deadline for the levy study?", Today));
        Assert.Equal(new DateOnly(2025, 4, 2), Assert.Single(answer.Deadlines).Date);
    }

    [Theory]
    [InlineData("3b")]
    [InlineData("what about point 3(b)?")]
    [InlineData("item 3 b")]
    public void A_sub_item_reference_gives_that_part_of_the_item(string question)
    {
        var answer = Assert.IsType<AgendaItemAnswer>(_answerer.Answer(question, Today));
        Assert.Contains("Informal ministers' meeting", answer.Source.ItemTitle);
        Assert.Equal("The Presidency debriefed on the outcome.", answer.Said[0].Text);
        Assert.DoesNotContain(answer.Said, s => s.Text.Contains("findings"));
    }
}
