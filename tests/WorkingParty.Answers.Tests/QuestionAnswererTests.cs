using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;

namespace WorkingParty.Answers.Tests;

public class QuestionAnswererTests
{
    private static readonly DateOnly Today = new(2017, 3, 25);
    private readonly QuestionAnswerer _answerer = new([SampleMeetings.March2017()], new NoScheduleChanges());

    private T Ask<T>(string question, DateOnly? today = null) where T : Answer
    {
        var answer = _answerer.Answer(question, today ?? Today);
        return Assert.IsType<T>(answer);
    }

    [Theory]
    [InlineData("when is the next meeting?")]
    [InlineData("When do we meet again")]
    [InlineData("next WP date")]
    [InlineData("<at>Working Party Bot</at> when is the next meetign?")]
    public void Next_meetings_come_after_today_soonest_first(string question)
    {
        var answer = Ask<NextMeetingsAnswer>(question);
        Assert.Equal([new(2017, 4, 19), new(2017, 5, 12), new(2017, 5, 24)], answer.Dates.Select(d => d.Date));
        Assert.All(answer.Dates, d => Assert.Equal(2, d.Source.Item));
        Assert.Equal(new DateOnly(2017, 3, 22), answer.Dates[0].Source.MeetingDate);
    }

    [Fact]
    public void A_later_record_supersedes_the_dates_of_an_earlier_one()
    {
        var both = new QuestionAnswerer([SampleMeetings.March2017(), SampleMeetings.April2017()], new NoScheduleChanges());
        var answer = Assert.IsType<NextMeetingsAnswer>(both.Answer("when is the next meeting?", new DateOnly(2017, 4, 20)));
        Assert.Equal([new(2017, 5, 16), new(2017, 5, 24)], answer.Dates.Select(d => d.Date));
        Assert.Equal("hwp-cyber-2017-04-19", answer.Dates[0].Source.MeetingId);
    }

    [Fact]
    public void Rebuilding_with_new_minutes_changes_the_answers()
    {
        var later = new DateOnly(2017, 4, 20);
        Assert.Equal(new DateOnly(2017, 5, 12), Assert.IsType<NextMeetingsAnswer>(_answerer.Answer("next meeting", later)).Dates[0].Date);
        _answerer.Rebuild([SampleMeetings.March2017(), SampleMeetings.April2017()]);
        Assert.Equal(new DateOnly(2017, 5, 16), Assert.IsType<NextMeetingsAnswer>(_answerer.Answer("next meeting", later)).Dates[0].Date);
    }

    [Fact]
    public void Rebuilding_replaces_the_deadlines_and_the_titles_answers_are_read_from()
    {
        var later = new DateOnly(2017, 4, 20);
        var rebuilt = new QuestionAnswerer([SampleMeetings.April2017()], new NoScheduleChanges());
        Assert.Empty(Assert.IsType<DeadlinesAnswer>(rebuilt.Answer("past deadlines", later)).Deadlines);
        Assert.IsNotType<AgendaItemAnswer>(rebuilt.Answer("CGN", later));

        rebuilt.Rebuild([SampleMeetings.March2017(), SampleMeetings.April2017()]);

        var past = Assert.IsType<DeadlinesAnswer>(rebuilt.Answer("past deadlines", later));
        Assert.Equal([new(2017, 4, 3), new(2017, 3, 29)], past.Deadlines.Select(d => d.Date));
        Assert.Equal(past.Deadlines[0], rebuilt.FindDeadline(past.Deadlines[0].Id, later));
        Assert.Equal(3, Assert.IsType<AgendaItemAnswer>(rebuilt.Answer("CGN", later)).Source.Item);
    }

    [Fact]
    public void A_pasted_text_instead_of_a_question_gets_an_answer_not_an_error()
    {
        var words = string.Join(' ', Enumerable.Range(0, 3000).Select(i => $"word{i}"));
        Assert.IsType<NotFoundAnswer>(_answerer.Answer(words, Today));
    }

    [Fact]
    public void An_announced_move_changes_the_next_meeting_and_says_who_moved_it()
    {
        var changes = new FixedChanges(new MeetingMoved(SampleMeetings.Cyber, new DateOnly(2017, 4, 19), new DateOnly(2017, 4, 21),
            new ChangeProvenance("ann-7", "Council Secretariat", new DateTimeOffset(2017, 3, 24, 10, 0, 0, TimeSpan.Zero))));
        var moved = new QuestionAnswerer([SampleMeetings.March2017()], changes);
        var first = Assert.IsType<NextMeetingsAnswer>(moved.Answer("next meeting?", Today)).Dates[0];
        Assert.Equal(new DateOnly(2017, 4, 21), first.Date);
        Assert.Contains("ann-7", first.ChangedBy);
    }

    [Theory]
    [InlineData("what deadlines are open?")]
    [InlineData("anything due?")]
    [InlineData("open dealines")]
    public void Open_deadlines_list_both_seed_dates_with_days_left(string question)
    {
        var answer = Ask<DeadlinesAnswer>(question);
        Assert.Equal([(new DateOnly(2017, 3, 29), 4, 7), (new DateOnly(2017, 4, 3), 9, 9)],
            answer.Deadlines.Select(d => (d.Date, d.DaysLeft, d.Source.Item)));
        Assert.False(answer.Past);
    }

    [Fact]
    public void Deadlines_on_a_topic_keep_only_that_topic()
    {
        var answer = Ask<DeadlinesAnswer>("when are comments on the toolbox due?");
        var only = Assert.Single(answer.Deadlines);
        Assert.Equal(new DateOnly(2017, 4, 3), only.Date);
        Assert.Equal("hwp-cyber-2017-03-22/item-9-2017-04-03", only.Id);
    }

    [Fact]
    public void Past_deadlines_only_when_asked()
    {
        Assert.Equal([new DateOnly(2017, 4, 3)], Ask<DeadlinesAnswer>("open deadlines", new DateOnly(2017, 3, 30)).Deadlines.Select(d => d.Date));
        var past = Ask<DeadlinesAnswer>("past deadlines", new DateOnly(2017, 3, 30));
        Assert.True(past.Past);
        Assert.Equal([new DateOnly(2017, 3, 29)], past.Deadlines.Select(d => d.Date));
    }

    [Fact]
    public void An_extended_deadline_is_found_by_id_with_its_new_date()
    {
        var id = "hwp-cyber-2017-03-22/item-7-2017-03-29";
        var extended = new QuestionAnswerer([SampleMeetings.March2017()], new FixedChanges(
            new DeadlineMoved(id, new DateOnly(2017, 4, 5), new ChangeProvenance("ann-8", "GSC", DateTimeOffset.UnixEpoch))));
        var deadline = extended.FindDeadline(id, Today);
        Assert.Equal(new DateOnly(2017, 4, 5), deadline!.Date);
        Assert.Equal(11, deadline.DaysLeft);
        Assert.NotNull(deadline.ChangedBy);
        Assert.Null(_answerer.FindDeadline("no-such-meeting/item-1-2017-01-01", Today));
    }

    [Theory]
    [InlineData("what was on the agenda?")]
    [InlineData("agena of the March 2017 meeting")]
    public void Agenda_lists_the_items_of_the_meeting(string question)
    {
        var answer = Ask<AgendaAnswer>(question);
        Assert.Equal([1, 2, 3, 4, 6, 7, 9, 10], answer.Items.Select(i => i.Number));
    }

    [Fact]
    public void Agenda_of_a_meeting_not_stored_is_not_found() =>
        Ask<NotFoundAnswer>("agenda of the June 2019 meeting");

    [Theory]
    [InlineData("item 3", 3)]
    [InlineData("what was said under point 9?", 9)]
    [InlineData("item three", 3)]
    [InlineData("tell me about the cyber toolbox", 9)]
    [InlineData("CGN", 3)]
    [InlineData("carrier grade NAT", 3)]
    public void Items_are_found_by_number_or_by_title(string question, int item)
    {
        var answer = Ask<AgendaItemAnswer>(question);
        Assert.Equal(item, answer.Source.Item);
        Assert.NotEmpty(answer.Said);
    }

    [Fact]
    public void An_item_number_that_does_not_exist_is_not_found_with_suggestions()
    {
        var answer = Ask<NotFoundAnswer>("item 14");
        Assert.InRange(answer.Suggestions.Count, 2, 3);
    }

    [Theory]
    [InlineData("what did ENISA report?", "ENISA", 2)]
    [InlineData("what did the Czech delegation present?", "CZ delegation (Czechia)", 10)]
    [InlineData("What did Hungary say?", "HU delegation (Hungary)", 2)]
    public void Who_said_what(string question, string actor, int item)
    {
        var answer = Ask<ActorStatementsAnswer>(question);
        Assert.Equal(actor, answer.Actor);
        Assert.Equal(item, Assert.Single(answer.Statements).Source.Item);
    }

    [Fact]
    public void An_actor_who_said_nothing_is_not_found() => Ask<NotFoundAnswer>("what did Portugal say?");

    [Theory]
    [InlineData("what is WK 2569/2017?", "WK 2569/2017", 9)]
    [InlineData("what is wk 2569/17", "WK 2569/2017", 9)]
    [InlineData("which document is the toolbox paper?", "WK 2569/2017", 9)]
    public void Documents_by_reference_or_by_what_they_are(string question, string reference, int item)
    {
        var answer = Ask<DocumentAnswer>(question);
        Assert.Equal(reference, answer.Reference);
        Assert.Equal(item, answer.Mentions[0].Source.Item);
    }

    [Fact]
    public void Carry_over_names_the_item_that_continues()
    {
        var answer = Ask<CarryOverAnswer>("what carries over to the next meeting?");
        Assert.Equal(6, Assert.Single(answer.Items).Source.Item);
    }

    [Fact]
    public void Search_finds_paraphrases_and_highlights_the_match()
    {
        var both = new QuestionAnswerer([SampleMeetings.March2017(), SampleMeetings.April2017()], new NoScheduleChanges());
        var answer = Assert.IsType<PassagesAnswer>(both.Answer("when was the 12 May meeting moved?", new DateOnly(2017, 4, 20)));
        Assert.Equal(("hwp-cyber-2017-04-19", 2), (answer.Passages[0].Source.MeetingId, answer.Passages[0].Source.Item));
        Assert.Contains("postponed", answer.Passages[0].Matched);
    }

    [Theory]
    [InlineData("what is the ENISA budget for 2018?")]
    [InlineData("who won the football match?")]
    [InlineData("")]
    public void Questions_the_minutes_do_not_answer_are_not_found(string question) => Ask<NotFoundAnswer>(question);

    private sealed class FixedChanges(params ScheduleChange[] changes) : IScheduleChanges
    {
        public IReadOnlyList<ScheduleChange> Current() => changes;
    }
}
