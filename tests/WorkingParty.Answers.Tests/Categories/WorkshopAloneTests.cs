using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;
using static WorkingParty.Answers.Tests.Categories.InventedMinutes;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// A workshop the Presidency will hold is no meeting of the working party: asked for the next meeting when the minutes
/// name only a workshop, the answer names no coming meeting for certain and shows the workshop with its sentence; asked
/// for the workshop, it gives its date.
/// </summary>
public class WorkshopAloneTests
{
    private const string Minutes = "Brussels, 20 May 2033\nOUTCOME OF PROCEEDINGS\nOn: 12 May 2033\nTo: Working Party on Dairy Products\nSubject: Summary of discussions\n\n" +
        "1. Adoption of the agenda\n\nThe agenda was adopted.\n\n" +
        "2. Work programme\n\nThe Presidency presented its work programme. It intends to hold a workshop on cheese labelling on 9 June and invited delegations to register by 30 May.";

    private readonly QuestionAnswerer _answerer = new([Read(Minutes, "dairy-2033-05.txt")], new NoScheduleChanges());

    [Theory]
    [InlineData("next dairy WP meeting?")]
    [InlineData("when is the next meeting?")]
    public void A_workshop_alone_is_no_next_meeting_but_is_shown_with_its_sentence(string question)
    {
        var answer = Assert.IsType<NextMeetingsAnswer>(_answerer.Answer(question, new DateOnly(2033, 5, 21)));

        Assert.Empty(answer.Dates);
        var workshop = Assert.Single(answer.Doubtful);
        Assert.Equal(new DateOnly(2033, 6, 9), workshop.Date);
        Assert.Contains("workshop on cheese labelling", workshop.Doubt!.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Asked_for_the_workshop_it_gives_its_date()
    {
        var answer = Assert.IsType<NextMeetingsAnswer>(_answerer.Answer("when is the workshop?", new DateOnly(2033, 5, 21)));

        Assert.Equal([new DateOnly(2033, 6, 9)], answer.Dates.Select(d => d.Date));
    }
}
