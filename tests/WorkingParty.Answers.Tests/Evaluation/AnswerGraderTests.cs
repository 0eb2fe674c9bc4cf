using WorkingParty.Answers.Model;
using WorkingParty.Minutes.Model;

namespace WorkingParty.Answers.Tests.Evaluation;

/// <summary>The grader's rules for the blind set's labels (answerable, mustContain, mustNotContain), on hand-made answers.</summary>
public class AnswerGraderTests
{
    private static readonly DateOnly Today = new(2017, 3, 25);
    private static readonly Citation Cited = new("hwp-2017-03-15", "Horizontal Working Party on Cyber Issues", new(2017, 3, 15), 2, "Information from the Presidency");
    private readonly AnswerGrader _grader = new([]);

    [Theory]
    [InlineData("The next meeting will be held on Wednesday 19 April.", true)]
    [InlineData("on 19 April 2017", true)]
    [InlineData("on 19 April 2018", false)]
    [InlineData("April 19, 2017", true)]
    [InlineData("a meeting on 18-20 April", true)]
    [InlineData("on 18 and 20 April", false)]
    [InlineData("stamp (19.04.2017)", true)]
    [InlineData("by 19/4/2017", true)]
    [InlineData("by 19/4/17", true)]
    [InlineData("2017-04-19", true)]
    [InlineData("from 30/3-20/4/2017", true)]
    [InlineData("from 18/4 - 19/4/17", true)]
    [InlineData("from 20/4-2/5/2017", false)]
    [InlineData("doc. 1904/17", false)]
    [InlineData("on 9 April", false)]
    public void Spots_a_day_however_it_is_written(string text, bool writes) =>
        Assert.Equal(writes, DateSpotter.Writes(text, new DateOnly(2017, 4, 19)));

    [Theory]
    [InlineData("8043/17", "ST 8043/2017 INIT", true)]
    [InlineData("WK 2569/2017", "see WK 2569/17", true)]
    [InlineData("CM 1235/2/20 REV 2", "CM 1235/20", true)]
    [InlineData("8043/17", "8043/18", false)]
    [InlineData("1999/44", "under Directive 1999/44/EC on timber", true)]
    [InlineData("4471/2019", "the agency's paper AGRI/4471/2019 rev.1", true)]
    [InlineData("1999/44", "Directive 11999/44/EC", false)]
    [InlineData("BE", "The Belgian delegation and Belgium", true)]
    [InlineData("BE", "delegations will be invited", false)]
    [InlineData("BE", "BE and NL", true)]
    [InlineData("DK", "the Danish delegation", true)]
    [InlineData("DK", "the Danish and Irish delegations", true)]
    [InlineData("IE", "the Danish delegation", false)]
    [InlineData("toolbox", "the cyber Toolbox", true)]
    public void Matches_a_fact_in_text(string fact, string text, bool holds) =>
        Assert.Equal(holds, FactMatcher.Holds(fact, [], [text]));

    [Fact]
    public void A_next_meeting_on_the_must_date_is_right_and_an_other_date_is_wrong()
    {
        var label = Label(mustContain: ["2017-04-19"]);
        Assert.Equal(Grade.Right, _grader.Grade(label, Next(new DateOnly(2017, 4, 19))).Grade);
        Assert.Equal(Grade.Wrong, _grader.Grade(label, Next(new DateOnly(2017, 5, 12))).Grade);
        Assert.Equal(Grade.Missed, _grader.Grade(label, Next()).Grade);
        Assert.Equal(Grade.Missed, _grader.Grade(label, new NotFoundAnswer("q", [Cited])).Grade);
    }

    [Fact]
    public void A_must_not_fact_is_wrong_asserted_but_not_quoted()
    {
        var label = Label(mustContain: ["toolbox"], mustNotContain: ["2017-03-20"]);
        var quoting = new PassagesAnswer("toolbox", [new QuotedPassage("the toolbox issued on 20 March 2017", Cited, ["toolbox"])]);
        Assert.Equal(Grade.Right, _grader.Grade(label, quoting).Grade);

        var asserting = new DeadlinesAnswer(Today, false, [Deadline(new(2017, 3, 20), "comments on the toolbox")]);
        Assert.Equal(Grade.Wrong, _grader.Grade(label, asserting).Grade);
    }

    [Fact]
    public void A_meeting_date_the_minutes_do_not_state_is_not_asserted_what_they_say_is_quoted()
    {
        var label = Label(mustContain: ["2017-03-15"]);
        HeldMeeting Held(bool inferred, params string[] said) =>
            new("hwp-2017-03-15", "Horizontal Working Party on Cyber Issues", new(2017, 3, 13), null, inferred, "7500/17", null, null, 3) { DateSaid = said };

        Assert.Equal(Grade.Wrong, _grader.Grade(label, new LastMeetingsAnswer(Today, [Held(inferred: false)])).Grade);
        Assert.Equal(Grade.Missed, _grader.Grade(label, new LastMeetingsAnswer(Today, [Held(inferred: true, "Summary record")])).Grade);
        Assert.Equal(Grade.Right, _grader.Grade(label, new LastMeetingsAnswer(Today, [Held(inferred: true, "The members met by videoconference on 15 March 2017.")])).Grade);
    }

    [Fact]
    public void Both_days_of_a_two_day_meeting_a_citation_names_are_shown()
    {
        var label = Label(mustContain: ["2017-03-15", "2017-03-16"]);
        var twoDays = Cited with { MeetingEndDate = new DateOnly(2017, 3, 16) };
        var item = new AgendaItemAnswer(twoDays, [new SaidBy("The Presidency informed delegations.", ["Presidency"])], [], []);

        Assert.Equal(Grade.Right, _grader.Grade(label, item).Grade);
        Assert.Equal(Grade.Missed, _grader.Grade(label, item with { Source = Cited }).Grade);
    }

    [Fact]
    public void A_fact_missing_from_an_answer_is_a_miss()
    {
        var grade = _grader.Grade(Label(mustContain: ["8043/17"]), new DeadlinesAnswer(Today, false, [Deadline(new(2017, 4, 3), "comments")]));
        Assert.Equal(new Verdict(Grade.Missed, "lacks a must fact", "deadlines lacks 8043/17"), grade);
    }

    [Fact]
    public void An_unanswerable_question_is_rightly_met_by_not_found_an_empty_list_or_passages_and_wrongly_by_a_date()
    {
        var label = Label(answerable: false);
        Assert.Equal(Grade.Right, _grader.Grade(label, new NotFoundAnswer("q", [])).Grade);
        Assert.Equal(Grade.Right, _grader.Grade(label, Next()).Grade);
        Assert.Equal(Grade.Right, _grader.Grade(label, new PassagesAnswer("budget", [new QuotedPassage("the budget", Cited, ["budget"])])).Grade);
        Assert.Equal(Grade.Missed, _grader.Grade(label, new AgendaAnswer("m", Cited.Body, Cited.MeetingDate, false, [new AgendaLine(1, "Adoption of the agenda")])).Grade);
        Assert.Equal(Grade.Wrong, _grader.Grade(label, Next(new DateOnly(2017, 4, 19))).Grade);
    }

    [Fact]
    public void The_kind_and_the_facts_of_one_label_are_both_checked()
    {
        var label = Label(mustNotContain: ["2017-05-12"]) with { Kind = "next-meetings", Dates = [new(2017, 4, 19)] };
        Assert.Equal(Grade.Right, _grader.Grade(label, Next(new DateOnly(2017, 4, 19))).Grade);
        Assert.Equal(Grade.Wrong, _grader.Grade(label, Next(new DateOnly(2017, 4, 19), new DateOnly(2017, 5, 12))).Grade);
    }

    [Fact]
    public void Quoted_passages_are_right_where_the_minutes_do_not_answer_and_a_miss_where_they_quote_another_item()
    {
        var passages = new PassagesAnswer("q", [new QuotedPassage("the budget", Cited, ["budget"])]);
        Assert.Equal(Grade.Right, _grader.Grade(new LabelledQuestion("q", Today, Kind: "not-found"), passages).Grade);
        Assert.Equal(Grade.Right, _grader.Grade(new LabelledQuestion("q", Today, Kind: "passages", Item: 2), passages).Grade);
        Assert.Equal(Grade.Missed, _grader.Grade(new LabelledQuestion("q", Today, Kind: "passages", Item: 3), passages).Grade);
        Assert.Equal(Grade.Missed, _grader.Grade(new LabelledQuestion("q", Today, Kind: "deadlines"), passages).Grade);
    }

    [Fact]
    public void A_date_in_doubt_is_quoted_not_asserted()
    {
        var label = Label(mustNotContain: ["2017-03-20"]);
        var doubtful = Deadline(new(2017, 3, 20), "comments") with { Doubt = new("read as 20 or 30 March", "Comments by 20 (30?) March.") };
        Assert.Equal(Grade.Right, _grader.Grade(label, new DeadlinesAnswer(Today, false, [doubtful])).Grade);
        var next = Next() with { Doubtful = [Next(new DateOnly(2017, 3, 20)).Dates[0] with { Doubt = new("unclear", "On 20 March?") }] };
        Assert.Equal(Grade.Right, _grader.Grade(label, next).Grade);
    }

    [Fact]
    public void The_issue_date_shown_as_the_issue_date_asserts_no_must_not_fact_but_shown_as_the_meeting_date_it_does()
    {
        var label = Label(mustContain: ["2017-03-14"], mustNotContain: ["2017-03-27"]);
        HeldMeeting Held(DateOnly date) => new(Cited.MeetingId, Cited.Body, date, null, false, "7130/17", new(2017, 3, 27), "OUTCOME OF PROCEEDINGS", 5);

        Assert.Equal(Grade.Right, _grader.Grade(label, new MinutesListAnswer(Today, [Held(new(2017, 3, 14))])).Grade);
        Assert.Equal(Grade.Wrong, _grader.Grade(label, new MinutesListAnswer(Today, [Held(new(2017, 3, 27))])).Grade);
    }

    [Fact]
    public void Asked_when_the_minutes_were_issued_the_meeting_date_shown_beside_the_issue_date_is_no_must_not_fact()
    {
        var label = Label(mustContain: ["2017-03-27"], mustNotContain: ["2017-03-15"]);
        HeldMeeting Held(DateOnly? issued) => new(Cited.MeetingId, Cited.Body, Cited.MeetingDate, null, false, "7130/17", issued, "OUTCOME OF PROCEEDINGS", 5);

        Assert.Equal(Grade.Right, _grader.Grade(label, new MinutesIssuedAnswer(Today, [Held(new(2017, 3, 27))])).Grade);
        Assert.Equal(Grade.Wrong, _grader.Grade(label, new MinutesIssuedAnswer(Today, [Held(new(2017, 3, 15))])).Grade);
        Assert.Equal(Grade.Wrong, _grader.Grade(label, new MinutesIssuedAnswer(Today, [Held(new(2017, 3, 20))])).Grade);
    }

    [Fact]
    public void The_old_date_named_in_the_note_on_a_moved_date_is_quoted_but_given_as_the_date_it_is_wrong()
    {
        var label = Label(mustContain: ["2017-04-07"], mustNotContain: ["2017-03-31"]);
        var moved = Deadline(new(2017, 4, 7), "comments") with { ChangedBy = "initially set at 31 March" };
        Assert.Equal(Grade.Right, _grader.Grade(label, new DeadlinesAnswer(Today, false, [moved])).Grade);
        Assert.Equal(Grade.Wrong, _grader.Grade(label, new DeadlinesAnswer(Today, false, [Deadline(new(2017, 3, 31), "comments")])).Grade);

        var meeting = Next(new DateOnly(2017, 4, 7)).Dates[0] with { ChangedBy = "moved from 31 March" };
        Assert.Equal(Grade.Right, _grader.Grade(label, new NextMeetingsAnswer(Today, [meeting])).Grade);
    }

    [Fact]
    public void The_date_first_set_that_the_minutes_tell_an_extended_deadline_replaced_is_a_note_not_an_asserted_date()
    {
        var label = Label(mustContain: ["2017-04-12"], mustNotContain: ["2017-04-03"]);
        var extended = Deadline(new(2017, 4, 12), "remarks on the annex") with { FirstSet = "3 April" };
        var quoted = Deadline(new(2017, 4, 12), "remarks on the annex, first fixed for 3 April");

        Assert.Equal(Grade.Right, _grader.Grade(label, new DeadlinesAnswer(Today, false, [extended])).Grade);
        Assert.Equal(Grade.Right, _grader.Grade(label, new DeadlinesAnswer(Today, false, [quoted])).Grade);
        Assert.Equal(Grade.Wrong, _grader.Grade(label, new DeadlinesAnswer(Today, false, [Deadline(new(2017, 4, 12), "remarks due on 3 April")])).Grade);
    }

    [Fact]
    public void A_deadline_given_as_part_of_a_month_shows_the_minutes_words_and_quotes_its_sentence()
    {
        var vague = Deadline(new(2017, 6, 30), "replies on the lighthouse survey") with
        {
            Vague = new VagueDue("close of June", Approximate: false),
            Sentence = "Replies on the lighthouse survey are expected before the close of June.",
        };
        var answer = new DeadlinesAnswer(Today, false, [vague]);

        Assert.Equal(Grade.Right, _grader.Grade(Label(mustContain: ["2017-06-30", "close of June"]), answer).Grade);
        Assert.Equal(Grade.Right, _grader.Grade(Label(mustContain: ["expected before the close"]), answer).Grade);
        Assert.Equal(Grade.Missed, _grader.Grade(Label(mustContain: ["2017-06-30", "close of June"]), new DeadlinesAnswer(Today, false, [Deadline(new(2017, 6, 30), "replies")])).Grade);
    }

    [Fact]
    public void A_month_end_on_a_weekend_asserts_its_last_working_day_too()
    {
        var sunday = Deadline(new(2017, 4, 30), "replies on the beacon survey") with { Vague = new VagueDue("end of April", Approximate: false) };

        Assert.Equal(new DateOnly(2017, 4, 28), sunday.LastWorkingDay);
        Assert.Equal(Grade.Right, _grader.Grade(Label(mustContain: ["2017-04-28"]), new DeadlinesAnswer(Today, false, [sunday])).Grade);
        Assert.Null((sunday with { Vague = new VagueDue("mid-April", Approximate: true), Date = new(2017, 4, 15) }).LastWorkingDay);
    }

    [Fact]
    public void The_date_of_the_meeting_an_item_answer_cites_labels_it_and_asserts_no_must_not_fact()
    {
        var label = Label(mustContain: ["encryption"], mustNotContain: ["2017-03-15"]);
        var item = new AgendaItemAnswer(Cited, [new SaidBy("The Presidency presented the encryption paper.", [])], [], []);
        Assert.Equal(Grade.Right, _grader.Grade(label, item).Grade);
    }

    [Fact]
    public void The_date_of_the_meeting_quoted_passages_cite_asserts_no_must_not_fact_but_an_answer_built_on_that_meeting_does()
    {
        var label = Label(mustContain: ["2017-04-19"], mustNotContain: ["2017-03-15"]);
        var quoting = new PassagesAnswer("next meeting", [new QuotedPassage("the next meeting will be announced", Cited, ["meeting"])]);
        Assert.Equal(Grade.Missed, _grader.Grade(label, quoting).Grade);

        var agenda = new AgendaAnswer(Cited.MeetingId, Cited.Body, Cited.MeetingDate, false, [new AgendaLine(1, "Adoption of the agenda")]);
        Assert.Equal(Grade.Wrong, _grader.Grade(label, agenda).Grade);
    }

    [Fact]
    public void A_month_fact_holds_when_a_date_or_range_of_the_answers_role_lies_in_that_month()
    {
        var range = new NextMeetingsAnswer(Today, [new UpcomingDate(new(2017, 5, 16), new(2017, 5, 31), "next-meeting", "The next meeting will take place", Cited)]);
        Assert.Equal(Grade.Right, _grader.Grade(Label(mustContain: ["May"]), range).Grade);
        Assert.Equal(Grade.Right, _grader.Grade(Label(mustContain: ["May 2017"]), range).Grade);
        Assert.Equal(Grade.Missed, _grader.Grade(Label(mustContain: ["June"]), range).Grade);
        Assert.Equal(Grade.Missed, _grader.Grade(Label(mustContain: ["May 2018"]), range).Grade);

        // The month of the meeting an answer cites is not the answer's own date.
        Assert.Equal(Grade.Missed, _grader.Grade(Label(mustContain: ["March"]), range).Grade);
    }

    [Fact]
    public void A_year_fact_holds_when_a_date_of_the_answers_role_lies_in_that_year()
    {
        var vague = Deadline(new(2018, 1, 31), "replies on the beacon survey") with { Vague = new VagueDue("end of January", Approximate: false) };
        var answer = new DeadlinesAnswer(Today, false, [vague]);

        Assert.Equal(Grade.Right, _grader.Grade(Label(mustContain: ["January", "2018"]), answer).Grade);
        Assert.Equal(Grade.Missed, _grader.Grade(Label(mustContain: ["2019"]), answer).Grade);
        // The year of the meeting an answer cites is not the answer's own date.
        Assert.Equal(Grade.Missed, _grader.Grade(Label(mustContain: ["2017"]), answer).Grade);
    }

    private static LabelledQuestion Label(bool answerable = true, IReadOnlyList<string>? mustContain = null, IReadOnlyList<string>? mustNotContain = null) =>
        new("q", Today, Answerable: answerable, MustContain: mustContain ?? [], MustNotContain: mustNotContain ?? []);

    private static NextMeetingsAnswer Next(params DateOnly[] dates) =>
        new(Today, [.. dates.Select(d => new UpcomingDate(d, null, "next-meeting", "The Presidency announced the next meetings.", Cited))]);

    private static DeadlineEntry Deadline(DateOnly date, string subject) =>
        new($"{Cited.MeetingId}/item-2", date, date.DayNumber - Today.DayNumber, subject, "delegations", [], Cited);
}
