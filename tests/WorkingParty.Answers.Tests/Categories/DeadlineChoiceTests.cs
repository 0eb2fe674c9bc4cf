using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;
using WorkingParty.Minutes.Model;
using static WorkingParty.Answers.Tests.Categories.ShippingMinutes;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// Which deadline a question means when an item holds several: the one whose own sentences say the topic, even when
/// it has passed and another request of the item is open; the comments request of a sentence that also asks for a
/// questionnaire; the comments request whose document the sentence before names; a later meeting's request on the
/// topic rather than the past one it followed; never a past deadline in a list of the open ones; and a topic that
/// only the working party's bracketed qualifier says; and the deadlines of two topics joined by "and".
/// </summary>
public class DeadlineChoiceTests
{
    private const string Body = "Working Party on Energy Questions (Renewables - e-fuels)";
    private const string Articles = "Delegations were invited to send written comments on Articles 1 to 12 of the pipeline proposal by 2 May 2036.";
    private const string Annex = "Delegations may also send comments on Annex II of the storage directive until 20 May 2036.";
    private const string Pair = "Delegations were invited to send written comments on Articles 13 to 18 by 19 May 2036 and to reply to the Commission questionnaire on tariffs no later than 22 May.";
    private const string Tabled = "The Presidency presented its compromise text on certification (doc. 7001/36).";
    private const string OnText = "Delegations may send written comments on doc. 7001/36 until 21 May 2036.";
    private const string Revised = "The Presidency will circulate a revised compromise text no later than 2 June 2036.";
    private const string Maps = "Delegations were invited to send their maps of planned valleys by 30 April 2036.";
    private static readonly DateOnly Today = new(2036, 5, 10);

    private static Meeting April() => new(
        "hydrogen-2036-04-22", Body, new DateOnly(2036, 4, 22), false, "Outcome of proceedings", "hydrogen-2036-04.txt",
        [
            Item(1, "Adoption of the agenda", [], P(null, S("The agenda was adopted."))),
            Item(2, "Pipeline Regulation - examination of Articles 1 to 18", [], P(null, S(Articles), S(Annex)), P(null, S(Pair))),
            Item(3, "Certification of low-carbon fuels", ["7001/36"], P(null, S(Tabled), S(OnText), S(Revised))),
            Item(4, "E-fuels valleys", [], P(null, S(Maps))),
        ],
        [],
        [
            new Deadline(new DateOnly(2036, 5, 2), 2, "written comments on Articles 1 to 12 of the pipeline proposal", "delegations", [], Articles),
            new Deadline(new DateOnly(2036, 5, 20), 2, "send comments on Annex II of the storage directive", "delegations", [], Annex),
            new Deadline(new DateOnly(2036, 5, 19), 2, "written comments on Articles 13 to 18", "delegations", [], Pair),
            new Deadline(new DateOnly(2036, 5, 22), 2, "the Commission questionnaire on tariffs", "delegations", [], Pair),
            new Deadline(new DateOnly(2036, 5, 21), 3, "send written comments on doc. 7001/36", "delegations", ["7001/36"], OnText),
            new Deadline(new DateOnly(2036, 6, 2), 3, "circulate a revised compromise text", "The Presidency", [], Revised),
            new Deadline(new DateOnly(2036, 4, 30), 4, "send their maps of planned valleys", "delegations", [], Maps),
        ]);

    private readonly QuestionAnswerer _answerer = new([April()], new NoScheduleChanges());

    private Answer Ask(string question) => _answerer.Answer(question, Today);

    [Fact]
    public void A_past_deadline_whose_sentence_says_the_topic_beats_an_open_one_found_through_the_items_title()
    {
        var answer = Assert.IsType<DeadlinesAnswer>(Ask("deadline for comments on pipeline articles 1-12?"));

        Assert.Equal(new DateOnly(2036, 5, 2), Assert.Single(answer.Deadlines).Date);
        Assert.True(answer.Past);
    }

    [Fact]
    public void A_later_meetings_open_request_on_the_topic_is_what_became_of_a_past_one()
    {
        const string First = "Delegations were invited to send written comments on the non-paper on pipeline tariffs by 5 April 2036.";
        const string Later = "Delegations may comment on the revised text until 20 May 2036.";
        Meeting Held(string id, DateOnly date, string title, string sentence, Deadline deadline) =>
            new(id, Body, date, false, "Outcome of proceedings", $"{id}.txt", [Item(1, title, [], P(null, S(sentence)))], [], [deadline]);
        var library = new QuestionAnswerer(
            [
                Held("hydrogen-2036-03-10", new DateOnly(2036, 3, 10), "Non-paper on pipeline tariffs", First, new Deadline(new DateOnly(2036, 4, 5), 1, "written comments on the non-paper on pipeline tariffs", "delegations", [], First)),
                Held("hydrogen-2036-05-02", new DateOnly(2036, 5, 2), "Pipeline tariffs - revised non-paper", Later, new Deadline(new DateOnly(2036, 5, 20), 1, "comment on the revised text", "delegations", [], Later)),
            ],
            new NoScheduleChanges());

        var answer = Assert.IsType<DeadlinesAnswer>(library.Answer("deadline for comments on the pipeline tariffs non-paper?", Today));

        Assert.Equal(new DateOnly(2036, 5, 20), Assert.Single(answer.Deadlines).Date);
    }

    [Fact]
    public void A_comments_question_gets_the_past_comments_request_not_another_open_request_of_the_item()
    {
        const string Tabled = "The Presidency presented the draft resolution on desalination (doc. 9100/41).";
        const string Comments = "Delegations were invited to send written comments on doc. 9100/41 by 3 March 2041.";
        const string Plants = "Member States were asked to send examples of national desalination plants to the Secretariat by 30 March 2041.";
        var meeting = new Meeting("water-2041-02-20", Body, new DateOnly(2041, 2, 20), false, "Outcome of proceedings", "water-2041-02.txt",
            [Item(1, "Desalination resolution", ["9100/41"], P(null, S(Tabled), S(Comments), S(Plants)))],
            [],
            [
                new Deadline(new DateOnly(2041, 3, 3), 1, "written comments on doc. 9100/41", "delegations", ["9100/41"], Comments),
                new Deadline(new DateOnly(2041, 3, 30), 1, "send examples of national desalination plants", "Member States", ["9100/41"], Plants),
            ]);
        var library = new QuestionAnswerer([meeting], new NoScheduleChanges());

        var answer = Assert.IsType<DeadlinesAnswer>(library.Answer("deadline for comments on the desalination resolution draft", new DateOnly(2041, 3, 15)));

        Assert.Equal(new DateOnly(2041, 3, 3), Assert.Single(answer.Deadlines).Date);
        Assert.True(answer.Past);
    }

    [Fact]
    public void Of_two_requests_in_one_sentence_a_comments_question_gets_the_comments_one()
    {
        var answer = Assert.IsType<DeadlinesAnswer>(Ask("until when can we comment on articles 13-18"));

        Assert.Equal(new DateOnly(2036, 5, 19), Assert.Single(answer.Deadlines).Date);
    }

    [Fact]
    public void A_comments_question_gets_the_comments_request_on_the_document_the_sentence_before_names()
    {
        var answer = Assert.IsType<DeadlinesAnswer>(Ask("deadline for comments on the certification compromise text?"));

        Assert.Equal(new DateOnly(2036, 5, 21), Assert.Single(answer.Deadlines).Date);
    }

    [Fact]
    public void A_list_of_the_open_deadlines_never_lists_a_past_one()
    {
        var answer = Ask("which pipeline proposal deadlines are still open?");

        Assert.DoesNotContain(new DateOnly(2036, 5, 2), (answer as DeadlinesAnswer)?.Deadlines.Select(d => d.Date) ?? []);
    }

    [Fact]
    public void A_topic_only_the_working_partys_name_says_names_each_of_its_deadlines()
    {
        var library = new QuestionAnswerer([April(), Infrastructures()], new NoScheduleChanges());

        var answer = Assert.IsType<DeadlinesAnswer>(library.Answer("what deadlines are open on e-fuels?", Today));

        Assert.False(answer.Past);
        Assert.Contains(new DateOnly(2036, 5, 19), answer.Deadlines.Select(d => d.Date));
        Assert.Contains(new DateOnly(2036, 5, 21), answer.Deadlines.Select(d => d.Date));
    }

    [Fact]
    public void Open_deadlines_on_two_topics_joined_by_and_are_those_of_each()
    {
        var answer = Assert.IsType<DeadlinesAnswer>(Ask("open deadlines on the annex and certification?"));

        Assert.Equal([new DateOnly(2036, 5, 20), new DateOnly(2036, 5, 21), new DateOnly(2036, 6, 2)], answer.Deadlines.Select(d => d.Date));
    }

    [Fact]
    public void Whats_open_asks_for_the_open_deadlines()
    {
        var answer = Assert.IsType<DeadlinesAnswer>(Ask("what's open"));

        Assert.False(answer.Past);
        Assert.Contains(new DateOnly(2036, 5, 19), answer.Deadlines.Select(d => d.Date));
    }

    [Fact]
    public void A_deadline_is_found_by_a_short_word_for_what_the_minutes_write_in_full()
    {
        const string Specs = "Delegations were invited to send written comments on the technical specifications of the meters by 25 May 2036.";
        var meeting = new Meeting("meters-2036-04-28", Body, new DateOnly(2036, 4, 28), false, "Outcome of proceedings", "meters-2036-04.txt",
            [Item(1, "Smart meters", [], P(null, S("Most delegations welcomed the rules."), S(Specs)))],
            [],
            [new Deadline(new DateOnly(2036, 5, 25), 1, "written comments on the technical specifications of the meters", "delegations", [], Specs)]);
        var library = new QuestionAnswerer([meeting], new NoScheduleChanges());

        var answer = Assert.IsType<DeadlinesAnswer>(library.Answer("deadline for comments on the meter specs?", Today));

        Assert.Equal(new DateOnly(2036, 5, 25), Assert.Single(answer.Deadlines).Date);
    }

    [Fact]
    public void A_short_name_the_minutes_define_finds_a_deadline_under_a_title_that_spells_it_out()
    {
        const string Defined = "The Cion presented the draft revised Canal Toll Exemption Regulation (CTER) and its guidelines.";
        const string Asked = "MS were invited to send written comments to the Cion by 29 May 2036.";
        var meeting = new Meeting("canals-2036-04-28", Body, new DateOnly(2036, 4, 28), false, "Outcome of proceedings", "canals-2036-04.txt",
            [Item(1, "Review of the Canal Toll Exemption Regulation", [], P(null, S(Defined)), P(null, S(Asked)))],
            [],
            [new Deadline(new DateOnly(2036, 5, 29), 1, "send written comments to the Cion", "MS", [], Asked)]);
        var library = new QuestionAnswerer([meeting], new NoScheduleChanges());

        var answer = Assert.IsType<DeadlinesAnswer>(library.Answer("deadline for written comments to Cion on the draft CTER?", Today));

        var deadline = Assert.Single(answer.Deadlines);
        Assert.Equal(new DateOnly(2036, 5, 29), deadline.Date);
        Assert.True(deadline.IsCertain);
    }

    [Fact]
    public void Who_asked_for_an_extension_is_answered_by_the_sentence_naming_them_not_by_a_date()
    {
        const string Extended = "At the request of DK and FI, the deadline for comments on the storage annex was extended to 26 May 2036.";
        var meeting = new Meeting("storage-2036-04-28", Body, new DateOnly(2036, 4, 28), false, "Outcome of proceedings", "storage-2036-04.txt",
            [Item(1, "Storage annex", [], P(null, S("The Presidency presented the storage annex."), S(Extended)))],
            [],
            [new Deadline(new DateOnly(2036, 5, 26), 1, "comments on the storage annex", "delegations", [], Extended)]);
        var library = new QuestionAnswerer([meeting], new NoScheduleChanges());

        var answer = library.Answer("who asked for the extension of the storage annex deadline?", Today);

        Assert.Contains(Assert.IsType<PassagesAnswer>(answer).Passages, p => p.Text.Contains(Extended, StringComparison.Ordinal));
        Assert.IsType<DeadlinesAnswer>(library.Answer("by when must member states comment on the storage annex?", Today));
    }
}
