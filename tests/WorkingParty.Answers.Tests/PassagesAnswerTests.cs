using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;
using static WorkingParty.Answers.Tests.TwoWorkingParties;

namespace WorkingParty.Answers.Tests;

/// <summary>"What the minutes say": the closest sentences when no rule answers, found in any spelling of what they name.</summary>
public class PassagesAnswerTests
{
    private readonly QuestionAnswerer _answerer = new(All(), new NoScheduleChanges());

    private PassagesAnswer Passages(string question) => Assert.IsType<PassagesAnswer>(_answerer.Answer(question, Today));

    [Theory]
    [InlineData("what did Belgium say about the compromise?")]
    [InlineData("what did BE say on the compromise?")]
    [InlineData("did the Belgian delegation welcome the compromise?")]
    public void A_delegation_by_code_name_or_adjective_finds_the_sentence_naming_it(string question)
    {
        var first = Passages(question).Passages[0];
        Assert.Equal("The compromise was welcomed by several delegations, among them the Belgian one.", first.Text);
        Assert.Contains("Belgian", first.Matched);
        Assert.Contains("compromise", first.Matched);
    }

    [Fact]
    public void Each_passage_cites_meeting_body_date_and_item()
    {
        var first = Passages("what did Belgium say about the compromise?").Passages[0];
        Assert.Equal(new Citation("wpi-2019-09-09", Information, new DateOnly(2019, 9, 9), 2, "Transparency of the legislative process"),
            first.Source);
    }

    [Theory]
    [InlineData("what did Cion say about its proposal?")]
    [InlineData("what did the Commission say about its proposal?")]
    public void Cion_is_the_Commission(string question)
    {
        var first = Passages(question).Passages[0];
        Assert.Equal("Cion recalled that its proposal dated from 2017.", first.Text);
        Assert.Contains("Cion", first.Matched);
    }

    [Fact]
    public void Pres_is_the_Presidency() =>
        Assert.Equal("Presidency", Assert.IsType<ActorStatementsAnswer>(_answerer.Answer("what did Pres. say about the compromise?", Today)).Actor);

    [Fact]
    public void Ms_is_member_states()
    {
        var answer = Passages("what were Member States invited to share?");
        Assert.Equal("MS were invited to share their national experience with referral units.", answer.Passages[0].Text);
    }

    [Theory]
    [InlineData("anything on referral units in wk 2569/19?")]
    [InlineData("referral units WK 2569/19")]
    [InlineData("referral units WK 2569/2019")]
    public void A_document_in_any_spelling_finds_the_sentences_citing_it(string question)
    {
        var answer = _answerer.Answer(question, Today);
        var cited = answer switch
        {
            PassagesAnswer passages => passages.Passages[0].Source,
            DocumentAnswer document => document.Mentions[0].Source,
            _ => throw new Xunit.Sdk.XunitException($"answered {answer.GetType().Name}"),
        };
        Assert.Equal(("twp-2019-09-10", 2), (cited.MeetingId, cited.Item));
    }

    [Fact]
    public void A_sentence_going_on_from_the_one_before_is_quoted_with_it()
    {
        var first = Passages("encrypted messaging services").Passages[0];
        Assert.Equal("Europol presented its report on online radicalisation (WK 2569/2019). It stressed the growing use of encrypted messaging services.", first.Text);
        Assert.Equal(["encrypted messaging services"], first.Matched);
    }

    [Theory]
    [InlineData("who won the football match?")]
    [InlineData("what is the weather in Brussels?")]
    public void Nothing_close_is_not_found(string question)
    {
        Assert.IsType<NotFoundAnswer>(_answerer.Answer(question, Today));
    }

    [Fact]
    public void Passages_come_from_the_working_party_named()
    {
        var answer = Passages("what did the TWP hear about the Belgian referral unit?");
        Assert.All(answer.Passages, p => Assert.Equal(Terrorism, p.Source.Body));
        Assert.Equal([Terrorism], answer.Scope);
    }

    [Fact]
    public void Passages_come_from_meetings_held_by_today()
    {
        var answer = Assert.IsType<PassagesAnswer>(_answerer.Answer("what did Belgium say about the compromise?", new DateOnly(2019, 9, 1)));
        Assert.Equal("wpi-2019-04-15", Assert.Single(answer.Passages).Source.MeetingId);
    }
}
