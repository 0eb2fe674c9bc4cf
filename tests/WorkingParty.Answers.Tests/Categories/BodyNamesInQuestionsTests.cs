using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;
using WorkingParty.Minutes.Model;
using static WorkingParty.Answers.Tests.Categories.ShippingMinutes;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// Round five (batches H-J): a body whose name holds an intent word ("... Agenda", "Due Diligence") is named, not
/// asked for (W4); one body written with and without a bracketed short name of several words is one body (W5).
/// </summary>
public class BodyNamesInQuestionsTests
{
    private const string Coastal = "Working Party on the Coastal Agenda";
    private const string Diligence = "Working Party on Due Diligence";
    private const string Lagoons = "Working Party on Lagoons and Estuaries (LAGEST WP)";
    private static readonly DateOnly Today = new(2037, 9, 14);

    private readonly QuestionAnswerer _answerer = new(
    [
        Held("coastal-2037-09", Coastal, new(2037, 9, 8), new DateOnly(2037, 10, 13),
            "The Chair said the next meeting would take place on 13 October 2037."),
        Held("diligence-2037-09", Diligence, new(2037, 9, 10), new DateOnly(2037, 10, 21),
            "The Presidency announced that the next meeting would be held on 21 October 2037."),
        Held("lagest-2037-05", Lagoons, new(2037, 5, 4), null, null),
        Held("lagest-2037-06", Lagoons, new(2037, 6, 15), null, null),
        Held("lagest-2037-07", "Working Party on Lagoons and Estuaries", new(2037, 7, 6), null, null),
    ], new NoScheduleChanges());

    private T Ask<T>(string question) where T : Answer => Assert.IsType<T>(_answerer.Answer(question, Today));

    [Theory]
    [InlineData("next coastal agenda WP?")]
    [InlineData("when is the next coastal agenda working party?")]
    public void An_intent_word_in_a_body_name_does_not_select_its_intent(string question)
    {
        var answer = Ask<NextMeetingsAnswer>(question);
        Assert.Equal([new DateOnly(2037, 10, 13)], answer.Dates.Select(d => d.Date));
    }

    [Fact]
    public void A_deadline_word_in_a_body_name_does_not_ask_for_deadlines()
    {
        var answer = Ask<NextMeetingsAnswer>("next due diligence wp?");
        Assert.Equal([new DateOnly(2037, 10, 21)], answer.Dates.Select(d => d.Date));
    }

    [Fact]
    public void The_intent_word_still_counts_outside_the_name()
    {
        var answer = Ask<AgendaAnswer>("agenda of the coastal agenda WP?");
        Assert.Equal("coastal-2037-09", answer.MeetingId);
    }

    [Theory]
    [InlineData("when did the LAGEST WP last meet?")]
    [InlineData("when did LAGEST last meet?")]
    public void A_bracketed_short_name_of_two_words_joins_the_spelling_without_it(string question)
    {
        var answer = Ask<LastMeetingsAnswer>(question);
        Assert.Equal(["lagest-2037-07"], answer.Meetings.Select(m => m.MeetingId));
    }

    [Fact]
    public void The_minutes_list_by_the_short_name_holds_every_spelling()
    {
        var answer = Ask<MinutesListAnswer>("which LAGEST minutes do you have?");
        Assert.Equal(3, answer.Meetings.Count);
    }

    [Theory]
    [InlineData("open deadlines across all the working parties?")]
    [InlineData("which deadlines are open in every group?")]
    [InlineData("deadlines over all WPs?")]
    public void A_scope_phrase_over_every_body_is_no_topic(string question)
    {
        var answer = Ask<DeadlinesAnswer>(question);
        Assert.Equal([new DateOnly(2037, 9, 30), new DateOnly(2037, 10, 2)], answer.Deadlines.Select(d => d.Date));
    }

    [Theory]
    [InlineData("when did the jun minutes come out?", "lagest-2037-06")]
    [InlineData("issue date of the jul outcome of proceedings?", "lagest-2037-07")]
    [InlineData("when were the may minutes circulated?", "lagest-2037-05")]
    public void A_short_month_before_a_minutes_word_names_the_meeting(string question, string id)
    {
        var answer = Ask<MinutesIssuedAnswer>(question);
        Assert.Equal([id], answer.Meetings.Select(m => m.MeetingId));
    }

    [Theory]
    [InlineData("have you got minutes of the LAGEST group, from which dates?", 3)]
    [InlineData("are there minutes for the coastal agenda wp?", 1)]
    [InlineData("for which groups are there minutes?", 5)]
    [InlineData("which working parties have minutes?", 5)]
    public void Minutes_asked_for_by_having_them(string question, int count)
    {
        var answer = Ask<MinutesListAnswer>(question);
        Assert.Equal(count, answer.Meetings.Count);
    }

    [Theory]
    [InlineData("when did DTR last meet?", "w1-2037-08")]
    [InlineData("when were the minutes of the 18 aug DTR issued?", "w1-2037-08")]
    [InlineData("when did the HLGSF last meet?", "w2-2037-07")]
    [InlineData("when did the HLGSF WP last meet?", "w2-2037-07")]
    public void A_body_is_named_by_the_initials_of_its_name_written_nowhere(string question, string id)
    {
        var answerer = new QuestionAnswerer(
        [
            Held("w1-2037-08", "Working Party on Digital-era Tax Records", new(2037, 8, 18), null, null),
            Held("w2-2037-07", "High-Level Group on Seabed Fisheries", new(2037, 7, 20), null, null),
            Held("lagest-2037-06", Lagoons, new(2037, 6, 15), null, null),
        ], new NoScheduleChanges());
        Assert.Equal([id], MeetingsOf(answerer.Answer(question, Today)).Select(m => m.MeetingId));
    }

    [Theory]
    [InlineData("when did the HFQ last meet?", "w1-2037-08")]
    [InlineData("when were the RIWP minutes issued?", "w2-2037-07")]
    [InlineData("when did the WPRI last meet?", "w2-2037-07")]
    [InlineData("when did L&T last meet?", "w3-2037-06")]
    public void A_body_is_named_by_initials_that_keep_a_descriptive_word_or_leave_its_bracket_aside(string question, string id)
    {
        var answerer = new QuestionAnswerer(
        [
            Held("w1-2037-08", "Working Party on Horizontal Fisheries Questions", new(2037, 8, 18), null, null),
            Held("w2-2037-07", "Working Party on Rail Infrastructure (Signalling and Safety)", new(2037, 7, 20), null, null),
            Held("w3-2037-06", "Working Party on Lighthouses and Tides (Coastal Warnings)", new(2037, 6, 15), null, null),
        ], new NoScheduleChanges());
        Assert.Equal([id], MeetingsOf(answerer.Answer(question, Today)).Select(m => m.MeetingId));
    }

    [Fact]
    public void A_body_named_by_initials_takes_in_its_joint_meetings_with_another_body()
    {
        var answerer = new QuestionAnswerer(
        [
            Held("smr-2037-02", "Working Party on Salt-Marsh Restoration", new(2037, 2, 9), null, null),
            Held("smr-coer-2037-05", "Working Party on Salt-Marsh Restoration and the Working Party on Coastal Erosion (COER)", new(2037, 5, 11), null, null),
            Held("smr-2037-08", "Working Party on Salt-Marsh Restoration", new(2037, 8, 17), null, null),
        ], new NoScheduleChanges());

        var answer = Assert.IsType<MinutesListAnswer>(answerer.Answer("which SMR meetings do we have minutes of?", Today));

        Assert.Equal(["smr-2037-02", "smr-2037-08", "smr-coer-2037-05"], answer.Meetings.Select(m => m.MeetingId).Order(StringComparer.Ordinal));
    }

    private static Meeting Held(string id, string body, DateOnly date, DateOnly? next, string? sentence)
    {
        var items = new List<AgendaItem> { Item(1, "Adoption of the agenda", [], P(null, S("The agenda was adopted."))) };
        if (sentence is not null) items.Add(Item(2, "Any other business", [], P(null, S(sentence, "Presidency"))));
        DatedEvent[] events = next is { } day
            ? [new DatedEvent(day, null, DatePrecision.Day, EventKind.NextMeeting, "Meeting of the working party", 2, sentence!)]
            : [];
        Deadline[] deadlines = (next?.Day ?? 0) switch
        {
            13 => [new Deadline(new DateOnly(2037, 9, 30), 2, "comments on the shoreline note", "delegations", [], "Comments on the shoreline note are due by 30 September 2037.")],
            21 => [new Deadline(new DateOnly(2037, 10, 2), 2, "replies to the survey on audits", "delegations", [], "Replies to the survey on audits are due by 2 October 2037.")],
            _ => [],
        };
        return new(id, body, date, false, "Outcome of proceedings", $"{id}.txt", items, events, deadlines)
        {
            Header = DocumentHeader.None with { IssueDate = date.AddDays(3), DocumentNumber = $"{date.DayNumber % 9000}/37" },
        };
    }

    private static IReadOnlyList<HeldMeeting> MeetingsOf(Answer answer) => answer switch
    {
        LastMeetingsAnswer last => last.Meetings,
        MinutesIssuedAnswer issued => issued.Meetings,
        _ => throw new InvalidOperationException(answer.GetType().Name),
    };
}
