using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;
using static WorkingParty.Answers.Tests.Categories.ShippingMinutes;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// A5 short names the minutes spell out, A7 statements read with their continuations and "under AOB", A8 document
/// references and the sentence after, A9 footnotes, A10 deadlines ranked, A11 Council verbs and their nouns.
/// </summary>
public class PassageTermTests
{
    private readonly QuestionAnswerer _answerer = new(All(), new NoScheduleChanges());

    private T Ask<T>(string question) where T : Answer => Assert.IsType<T>(_answerer.Answer(question, Today));

    private static IEnumerable<(int Item, string Title, string Text)> Cited(Answer answer) => answer switch
    {
        PassagesAnswer p => p.Passages.Select(q => (q.Source.Item, q.Source.ItemTitle, q.Text)),
        AgendaItemAnswer a => a.Said.Select(s => (a.Source.Item, a.Source.ItemTitle, s.Text)),
        ActorStatementsAnswer s => s.Statements.Select(q => (q.Source.Item, q.Source.ItemTitle, q.Text)),
        DocumentAnswer d => d.Mentions.Select(q => (q.Source.Item, q.Source.ItemTitle, q.Text)),
        _ => throw new Xunit.Sdk.XunitException($"answered {answer.GetType().Name}"),
    };

    [Fact]
    public void A5_initials_of_a_title_stand_for_it() =>
        Assert.Equal(5, Cited(_answerer.Answer("what about the SSR compromise?", Today)).First().Item);

    [Fact]
    public void A7_a_statement_is_matched_with_the_sentence_going_on_from_it()
    {
        var answer = Ask<ActorStatementsAnswer>("what did Cion say about the tonnage report?");
        Assert.Equal("Cion presented the tonnage study. It added that the report would follow in October.", Assert.Single(answer.Statements).Text);
    }

    [Fact]
    public void A7_under_AOB_is_the_any_other_business_item() =>
        Assert.Equal(7, Assert.Single(Ask<ActorStatementsAnswer>("what did Pres say under AOB?").Statements).Source.Item);

    [Theory]
    [InlineData("what is ST 7421/25?")]
    [InlineData("what is ST 7421 2025 INIT?")]
    public void A8_a_document_in_the_spaced_form_is_quoted_with_the_sentence_after(string question) =>
        Assert.Contains(Ask<DocumentAnswer>(question).Mentions, m => m.Text.Contains("Coreper on 2 July"));

    [Fact]
    public void A8_commission_documents_are_references() =>
        Assert.Contains("impact assessment", Ask<DocumentAnswer>("what is SWD(2025) 45?").Mentions[0].Text);

    [Fact]
    public void A8_the_agenda_is_the_topic_of_a_document_question() =>
        Assert.Equal("CM 1200/25", Ask<DocumentAnswer>("which document is the agenda?").Reference);

    [Fact]
    public void A9_footnotes_are_passages_of_the_item_holding_their_marker()
    {
        var first = Cited(_answerer.Answer("where is the tonnage study available?", Today)).First(c => c.Text.Contains("website"));
        Assert.Equal(6, first.Item);
        Assert.Contains("footnote 1", first.Title);
    }

    [Fact]
    public void A10_deadlines_are_ranked_by_how_much_of_the_topic_they_hold() =>
        Assert.Equal(new DateOnly(2025, 4, 2), Assert.Single(Ask<DeadlinesAnswer>("when are comments on the port levy study due?").Deadlines).Date);

    [Fact]
    public void A10_deadlines_set_in_a_month_are_those_of_its_meeting() =>
        Assert.Equal([new DateOnly(2025, 4, 2), new DateOnly(2025, 4, 9)], Ask<DeadlinesAnswer>("deadlines set in March").Deadlines.Select(d => d.Date));

    [Fact]
    public void A11_council_verbs_and_their_nouns_are_synonyms() =>
        Assert.Equal("DE supported the removal of the exemption for small ferries.",
            Assert.Single(Ask<ActorStatementsAnswer>("what did DE say on endorsing the deletion of the exemption?").Statements).Text);
}
