using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;
using WorkingParty.Minutes.Model;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// What a delegation said on a topic its own sentence does not name, but its paragraph does ("The Chair presented the
/// compromise on the levy. ... Malta asked for a review."); a question opening on the delegation and what it spoke
/// about ("Malta on the levy?"); "del" for delegation; a topic word typed with a doubled letter written once ("acess").
/// </summary>
public class ActorInParagraphTests
{
    private static readonly DateOnly Today = new(2033, 5, 20);

    private static readonly Meeting Canals = InventedMinutes.Read("""
        Brussels, 12 May 2033
        (OR. en)
        9120/33
        TRANS 140
        OUTCOME OF PROCEEDINGS
        From: General Secretariat of the Council
        On: 10 May 2033
        To: Working Party on Inland Waterways
        Subject: Proposal for a Directive on inland navigation charges
        1. Adoption of the agenda
        The agenda was adopted.
        2. Proposal for a Directive on inland navigation charges
        The Chair presented the compromise on the lock levy for barges. Several delegations supported it. Malta asked for a review after three years. The Commission recalled that the exemption for ferries would remain.
        The Swedish delegation announced that it would host a seminar on river ports in June.
        The Presidency invited comments on the mooring access rules. Estonia wanted a transitional period of five years.
        3. AOB
        No points were raised.
        """, "waterways-2033-05.txt");

    private readonly QuestionAnswerer _answerer = new([Canals], new NoScheduleChanges());

    private ActorStatementsAnswer Ask(string question) => Assert.IsType<ActorStatementsAnswer>(_answerer.Answer(question, Today));

    [Fact]
    public void A_statement_whose_paragraph_names_the_topic_answers_what_the_actor_said_on_it()
    {
        var answer = Ask("what did malta want on the lock levy");

        Assert.Contains(answer.Statements, s => s.Text.Contains("review after three years", StringComparison.Ordinal));
        Assert.DoesNotContain(answer.Statements, s => s.Text.Contains("seminar", StringComparison.Ordinal));
    }

    [Fact]
    public void A_question_opening_on_a_delegation_and_its_topic_asks_what_it_said() =>
        Assert.Contains(Ask("malta on the lock levy?").Statements, s => s.Text.Contains("review after three years", StringComparison.Ordinal));

    [Fact]
    public void Del_is_the_delegation() =>
        Assert.Contains(Ask("what did the SE del announce").Statements, s => s.Text.Contains("seminar on river ports", StringComparison.Ordinal));

    [Fact]
    public void A_doubled_letter_written_once_is_the_minutes_word() =>
        Assert.Contains(Ask("what did estonia say on mooring acess").Statements, s => s.Text.Contains("five years", StringComparison.Ordinal));

    [Fact]
    public void A_question_asking_more_after_the_delegation_and_its_topic_is_not_only_what_it_said() =>
        Assert.IsNotType<ActorStatementsAnswer>(_answerer.Answer("malta on the lock levy - what's next", Today));

    [Fact]
    public void A_date_asked_of_an_actor_is_not_read_from_its_paragraph() =>
        Assert.IsNotType<ActorStatementsAnswer>(_answerer.Answer("when does the Commission want the lock levy reviewed", Today));
}
