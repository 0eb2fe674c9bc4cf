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
