using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;
using static WorkingParty.Answers.Tests.Categories.ShippingMinutes;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// A1: next-meeting questions that name a working party, a month or a period; A3: one particular meeting by its date;
/// A4: working parties by clipped, misspelt or reordered names and by the short names their minutes define.
/// </summary>
public class MeetingQuestionTests
{
    private static readonly DateOnly[] ShippingDates = [new(2025, 4, 8), new(2025, 5, 6)];
    private readonly QuestionAnswerer _answerer = new(All(), new NoScheduleChanges());

    private T Ask<T>(string question) where T : Answer => Assert.IsType<T>(_answerer.Answer(question, Today));

    [Theory]
    [InlineData("next WPS?")]
    [InlineData("when's the next shipping working party?")]
    [InlineData("upcoming shipping WP")]
    [InlineData("which shipping WP meetings are planned?")]
    [InlineData("which shipping WP meetings are planned after this one")]
    public void A1_next_and_a_working_party_name_ask_for_its_coming_meetings(string question)
    {
        var answer = Ask<NextMeetingsAnswer>(question);
        Assert.Equal(ShippingDates, answer.Dates.Select(d => d.Date));
        Assert.Equal([Shipping], answer.Scope);
    }

    [Fact]
    public void A1_a_month_narrows_the_coming_meetings() =>
        Assert.Equal([new DateOnly(2025, 5, 6)], Ask<NextMeetingsAnswer>("any shipping WP meetings in May?").Dates.Select(d => d.Date));

    [Fact]
    public void A1_after_a_date_gives_the_meetings_after_it() =>
        Assert.Equal([new DateOnly(2025, 5, 6)], Ask<NextMeetingsAnswer>("and after 8 April?").Dates.Select(d => d.Date));

    [Fact]
    public void A3_a_cancelled_date_is_no_coming_meeting_and_its_sentence_says_so()
    {
        Assert.DoesNotContain(new DateOnly(2025, 4, 22), Ask<NextMeetingsAnswer>("next shipping meeting").Dates.Select(d => d.Date));
        Assert.Equal("The meeting of 22 April is cancelled.", Ask<PassagesAnswer>("is the 22 April meeting still on?").Passages[0].Text);
    }

    [Fact]
    public void A3_a_date_a_meeting_was_planned_for_quotes_the_sentence_that_gives_it() =>
        Assert.Contains("8 April", Ask<PassagesAnswer>("I thought the WP was planned for 8 April?").Passages[0].Text);

    [Fact]
    public void A3_a_meeting_held_on_the_day_asked_is_its_minutes() =>
        Assert.Equal(["ship-2025-03-11"], Ask<MinutesListAnswer>("did the 11 March meeting go ahead?").Meetings.Select(m => m.MeetingId));

    [Theory]
    [InlineData("what was discussed on 11 march?")]
    [InlineData("what was discussed on tuesday 11 march?")]
    [InlineData("what was discussed on Tue 11 March?")]
    public void A3_a_weekday_before_the_date_is_part_of_the_date(string question) =>
        Assert.Equal("ship-2025-03-11", Ask<AgendaAnswer>(question).MeetingId);

    [Fact]
    public void A3_when_did_a_working_party_meet_in_a_year_lists_its_meetings() =>
        Assert.Equal(["ship-2025-03-11", "ship-2025-02-11"],
            Ask<MinutesListAnswer>("when did the shipping WP meet in 2025?").Meetings.Select(m => m.MeetingId));

    [Theory]
    [InlineData("when is the next WPSMT meeting?")]
    [InlineData("next SWP meeting?")]
    public void A4_short_names_defined_in_the_minutes_or_in_the_other_order(string question) =>
        Assert.Equal([Shipping], Ask<NextMeetingsAnswer>(question).Scope);

    [Theory]
    [InlineData("when does the infra WP meet next?")]
    [InlineData("next meeting of the infrastucture working party")]
    [InlineData("next TIWP meeting")]
    public void A4_clipped_and_misspelt_names(string question)
    {
        var answer = Ask<NextMeetingsAnswer>(question);
        Assert.Equal([Infrastructure], answer.Scope);
        Assert.Equal([new DateOnly(2025, 4, 2)], answer.Dates.Select(d => d.Date));
    }
}
