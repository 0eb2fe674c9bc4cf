using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;
using static WorkingParty.Answers.Tests.Categories.HarbourMinutes;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>What the minutes write before item 1 is searched and quoted: who joined remotely, who could not attend.</summary>
public class OpeningSentenceTests
{
    private readonly QuestionAnswerer _answerer = new([March()], new NoScheduleChanges());

    private Answer Ask(string question) => _answerer.Answer(question, Today);

    [Fact]
    public void Who_joined_remotely_is_read_before_item_1() =>
        Assert.Equal(["SK delegation (Slovakia)", "SI delegation (Slovenia)"], Assert.IsType<SpeakersAnswer>(Ask("which delegations joined remotely?")).Actors);

    [Fact]
    public void Who_could_not_attend_is_read_before_item_1() =>
        Assert.Contains("rail strike", Assert.IsType<PassagesAnswer>(Ask("who couldnt attend?")).Passages.Single().Text);

    [Fact]
    public void The_date_first_planned_is_read_in_a_footnote() =>
        Assert.Contains("1 March 2033", Assert.IsType<PassagesAnswer>(Ask("when was the meeting originally supposed to be held?")).Passages.Single().Text);
}

/// <summary>A delegate's words for what the minutes say otherwise: "in person" (physical), "cover" (devoted to), "exactly".</summary>
public class ChatWordingTests
{
    private readonly QuestionAnswerer _answerer = new([March()], new NoScheduleChanges());

    private Answer Ask(string question) => _answerer.Answer(question, Today);

    [Fact]
    public void In_person_finds_a_physical_meeting() =>
        Assert.Contains(Assert.IsType<PassagesAnswer>(Ask("any plans for an in person meeting?")).Passages, p => p.Text.Contains("Rotterdam", StringComparison.Ordinal));

    [Fact]
    public void Cover_finds_what_a_meeting_is_devoted_to() =>
        Assert.Contains(Assert.IsType<PassagesAnswer>(Ask("what will the 5 april meeting cover?")).Passages, p => p.Matched.Contains("devoted"));

    [Fact]
    public void Exactly_asks_nothing_more() =>
        Assert.Equal(new DateOnly(2033, 3, 8), Assert.IsType<LastMeetingsAnswer>(Ask("when was the meeting exactly?")).Meetings.Single().Date);
}

/// <summary>A bracketed qualifier in words ("(Coastal Navigation Group)") is named by its initials, as its acronym spelling is.</summary>
public class QualifierInitialsTests
{
    [Fact]
    public void The_initials_of_a_bracketed_qualifier_name_the_body() =>
        Assert.Equal([Harbour], Assert.IsType<LastMeetingsAnswer>(new QuestionAnswerer([March()], new NoScheduleChanges()).Answer("when did the CNG last meet?", Today))
            .Meetings.Select(m => m.Body));
}

/// <summary>A meeting asked about that the minutes cancel: what they say of it, and the meeting that comes instead.</summary>
public class CancelledMeetingTests
{
    private readonly QuestionAnswerer _answerer = new([March()], new NoScheduleChanges());

    private Answer Ask(string question) => _answerer.Answer(question, Today);

    [Fact]
    public void A_cancelled_day_is_answered_with_the_meeting_that_comes_next()
    {
        var passages = Assert.IsType<PassagesAnswer>(Ask("are we meeting on 29 march?")).Passages.Select(p => p.Text).ToList();
        Assert.Contains(passages, p => p.Contains("will not take place", StringComparison.Ordinal));
        Assert.Contains(passages, p => p.Contains("5 April", StringComparison.Ordinal));
    }

    [Fact]
    public void What_happened_to_a_months_meeting_no_minutes_record_is_what_changed_it() =>
        Assert.Contains("snow", Assert.IsType<PassagesAnswer>(Ask("what happened to the february meeting?")).Passages.Single().Text);
}

/// <summary>A document question about the minutes themselves is their own number.</summary>
public class OwnNumberTests
{
    [Fact]
    public void The_number_of_these_minutes_is_their_own() =>
        Assert.Equal("7012/33", Assert.IsType<MinutesListAnswer>(new QuestionAnswerer([March()], new NoScheduleChanges()).Answer("doc number of these minutes?", Today))
            .Meetings.Single().DocumentNumber);
}

/// <summary>The date a meeting was first planned, asked with the body's short name instead of a meeting word.</summary>
public class OriginalDateByBodyNameTests
{
    [Fact]
    public void The_body_named_stands_for_the_meeting() =>
        Assert.Contains("1 March 2033", Assert.IsType<PassagesAnswer>(new QuestionAnswerer([March()], new NoScheduleChanges())
            .Answer("when was the march CNG originally supposed to be?", Today)).Passages.Single().Text);
}
