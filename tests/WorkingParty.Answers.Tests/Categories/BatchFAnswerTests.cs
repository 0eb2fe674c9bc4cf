using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;
using static WorkingParty.Answers.Tests.Categories.ForestryMinutes;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// Batch F's answer categories on invented minutes (<see cref="ForestryMinutes"/>): W2 the reference right after the
/// label asked about, W3 a document chosen by its own sentence, A1 when a meeting was held, A2 deadlines, A3 how a dated
/// meeting stands, A4 "next" and a body's name, A5 what a meeting was about, A8 accents.
/// </summary>
public class BatchFAnswerTests
{
    private readonly QuestionAnswerer _answerer = new(All(), new NoScheduleChanges());

    private T Ask<T>(string question) where T : Answer => Ask<T>(question, Today);

    private T Ask<T>(string question, DateOnly today) where T : Answer => Assert.IsType<T>(_answerer.Answer(question, today));

    [Theory]
    [InlineData("what is the doc number of appendix D?", "8121/32")]
    [InlineData("which document is Appendix C?", "8120/32")]
    public void W2_of_two_labelled_documents_in_a_sentence_the_one_after_the_label(string question, string reference) =>
        Assert.Equal(reference, Ask<DocumentAnswer>(question).Reference);

    [Fact]
    public void W3_a_kind_of_document_is_found_by_its_own_sentence_without_the_paper_announced_for_later()
    {
        var answer = Ask<DocumentAnswer>("which draft did we go through on forest monitoring?");
        Assert.Equal("8300/32", answer.Reference);
        Assert.DoesNotContain(answer.Mentions, m => m.Text.Contains("WK 4100/2032"));
    }

    [Theory]
    [InlineData("when was the forestry meeting?")]
    [InlineData("when did the forestry WP meet?")]
    [InlineData("when was this forestry working party meeting held?")]
    public void A1_when_was_the_meeting_is_the_last_meeting_of_the_body_named(string question)
    {
        var answer = Ask<LastMeetingsAnswer>(question);
        Assert.Equal(["forest-2032-04-10"], answer.Meetings.Select(m => m.MeetingId));
        Assert.Equal([Forestry], answer.Scope);
    }

    [Fact]
    public void A1_the_date_of_the_meeting_is_the_last_meeting() =>
        Assert.Equal("forest-2032-04-10", Ask<LastMeetingsAnswer>("date of the meeting?").Meetings[0].MeetingId);

    [Theory]
    [InlineData("next fisheries?")]
    [InlineData("when's the next fish?")]
    public void A4_next_and_a_body_name_without_a_meeting_word_asks_for_its_next_meeting(string question)
    {
        var answer = Ask<NextMeetingsAnswer>(question);
        Assert.Equal([Fisheries], answer.Scope);
        Assert.Equal([new DateOnly(2032, 5, 6)], answer.Dates.Select(d => d.Date));
    }

    [Theory]
    [InlineData("can we still comment on anything?")]
    [InlineData("is there anything we owe the forestry WP?")]
    public void A2_still_comment_and_owe_ask_for_open_deadlines(string question) =>
        Assert.Equal([new DateOnly(2032, 4, 25), new DateOnly(2032, 5, 15)], Ask<DeadlinesAnswer>(question).Deadlines.Select(d => d.Date));

    [Fact]
    public void A2_a_day_no_deadline_falls_on_is_the_day_they_are_asked_as_of() =>
        Assert.Equal([new DateOnly(2032, 5, 15)], Ask<DeadlinesAnswer>("what is still due as of 2 May?").Deadlines.Select(d => d.Date));

    [Fact]
    public void A2_a_long_word_with_one_wrong_letter_is_the_minutes_word()
    {
        var deadline = Assert.Single(Ask<DeadlinesAnswer>("deadline for the seedlings regualtion?").Deadlines);
        Assert.Equal((new DateOnly(2032, 4, 25), true), (deadline.Date, deadline.IsCertain));
    }

    [Theory]
    [InlineData("was the 14 May one held?")]
    [InlineData("what became of the 14 May meeting?")]
    [InlineData("will the 14 May meeting take place?")]
    public void A3_how_a_dated_meeting_stands_is_its_sentence_with_status_and_replacement(string question) =>
        Assert.Contains("cancelled; an additional meeting will be held on 21 May", Ask<PassagesAnswer>(question).Passages[0].Text);

    [Fact]
    public void A3_a_day_without_its_month_is_the_nearest_such_day() =>
        Assert.Contains("cancelled", Ask<PassagesAnswer>("do we meet on the 14th?", new DateOnly(2032, 5, 2)).Passages[0].Text);

    [Fact]
    public void A3_a_further_meeting_in_a_month_gives_the_coming_meetings_then() =>
        Assert.Contains(new DateOnly(2032, 5, 21), Ask<NextMeetingsAnswer>("a further forestry meeting in May?").Dates.Select(d => d.Date));

    [Theory]
    [InlineData("what happened at the forestry meeting of 10 April?")]
    [InlineData("what was the 10 April meeting about?")]
    [InlineData("what was the forestry meeting about?")]
    public void A5_what_a_meeting_was_about_gives_each_item_with_its_documents_and_conclusion(string question)
    {
        var answer = Ask<AgendaAnswer>(question);
        Assert.Equal("forest-2032-04-10", answer.MeetingId);
        var item = answer.Items.Single(i => i.Number == 2);
        Assert.Equal(["8120/32", "8121/32"], item.Documents);
        Assert.Equal(Concluded, item.Summary);
    }

    [Fact]
    public void A5_a_plain_agenda_question_gives_the_titles_alone() =>
        Assert.All(Ask<AgendaAnswer>("agenda of the last forestry meeting").Items, i => Assert.Empty(i.Documents));

    [Fact]
    public void A6_an_actor_speaking_to_the_topic_of_the_sentence_before_is_quoted_with_it()
    {
        var statement = Assert.Single(Ask<ActorStatementsAnswer>("what did Malta say on peat extraction?").Statements);
        Assert.Equal($"{Thresholds} {Malta}", statement.Text);
    }

    [Fact]
    public void A10_the_agenda_of_a_coming_day_is_what_the_minutes_say_of_it() =>
        Assert.Contains(Examine, Ask<PassagesAnswer>("what will be on the agenda on 21 May?").Passages.Select(p => p.Text));

    [Theory]
    [InlineData("anything on lubeck?")]
    [InlineData("what about the Lübeck workshop?")]
    public void A8_accents_are_folded(string question) =>
        Assert.Contains(Lubeck, Ask<PassagesAnswer>(question).Passages.Select(p => p.Text));
}
