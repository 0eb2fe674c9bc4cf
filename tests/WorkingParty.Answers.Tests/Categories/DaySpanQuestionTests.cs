using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;
using WorkingParty.Minutes.Model;
using static WorkingParty.Answers.Tests.Categories.ShippingMinutes;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>A span of days typed with a hyphen ("the 14-15 october meeting") is the date of the meeting held over it, not a topic word.</summary>
public class DaySpanQuestionTests
{
    private const string Body = "Working Party on Seed Banks";

    private static Meeting TwoDays() => new(
        "seeds-2041-10-14", Body, new DateOnly(2041, 10, 14), false, "Outcome of proceedings", "seeds-2041-10.txt",
        [
            Item(1, "Adoption of the agenda", [], P(null, S("The agenda of the meeting held on 14-15 October 2041 was adopted."))),
            Item(2, "Cryopreservation standards", [], P(null, S("The Commission presented the draft standards.", "Commission"))),
        ],
        [],
        [])
    {
        EndDate = new DateOnly(2041, 10, 15),
    };

    private readonly QuestionAnswerer _answerer = new([TwoDays()], new NoScheduleChanges());

    [Theory]
    [InlineData("agenda items of the 14-15 october seed banks WP?")]
    [InlineData("what was on the agenda on 14-15 oct?")]
    public void A_span_of_days_names_the_meeting_held_over_it(string question) =>
        Assert.Equal("seeds-2041-10-14", Assert.IsType<AgendaAnswer>(_answerer.Answer(question, new DateOnly(2041, 11, 2))).MeetingId);
}
