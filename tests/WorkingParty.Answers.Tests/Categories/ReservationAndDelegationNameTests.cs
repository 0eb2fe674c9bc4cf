using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;
using static WorkingParty.Answers.Tests.Categories.ApicultureMinutes;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// "Who had doubts / reservations about X" names those whose sentences hold back (a reservation, a concern, an
/// objection), not those who backed X; a delegation's code, name and adjective are one.
/// </summary>
public class ReservationAndDelegationNameTests
{
    private readonly QuestionAnswerer _answerer = new([February()], new NoScheduleChanges());

    [Theory]
    [InlineData("who had doubts about pollinator monitoring?")]
    [InlineData("which delegations had reservations on pollinator monitoring?")]
    [InlineData("which member states raised concerns about pollinator monitoring?")]
    public void Who_had_doubts_names_the_delegations_that_held_back(string question)
    {
        var answer = Assert.IsType<SpeakersAnswer>(_answerer.Answer(question, Today));
        Assert.Equal(["AT delegation (Austria)", "IE delegation (Ireland)"], answer.Actors.Order());
    }

    [Fact]
    public void Who_backed_a_text_still_names_its_supporters()
    {
        var answer = Assert.IsType<SpeakersAnswer>(_answerer.Answer("who welcomed the pollinator monitoring text?", Today));
        Assert.Contains("DK delegation (Denmark)", answer.Actors);
    }

    [Theory]
    [InlineData("what did SI say about varroa?")]
    [InlineData("what did the Slovenian delegation say about varroa?")]
    [InlineData("Slovenian position on the varroa mite?")]
    [InlineData("what did Slovenia present on oxalic acid?")]
    public void A_delegation_by_code_name_or_adjective_finds_its_sentence(string question)
    {
        var answer = _answerer.Answer(question, Today);
        var text = answer switch
        {
            ActorStatementsAnswer a => string.Join(' ', a.Statements.Select(s => s.Text)),
            PassagesAnswer p => string.Join(' ', p.Passages.Select(s => s.Text)),
            _ => answer.GetType().Name,
        };
        Assert.Contains("oxalic acid", text, StringComparison.Ordinal);
    }
    [Theory]
    [InlineData("any extra meeting before the Agriculture and Fisheries Council?")]
    [InlineData("additional HIVES sessions ahead of the fisheries Council?")]
    [InlineData("any extra meetings prior to the general approach?")]
    public void Before_an_event_bounds_the_dates_offered(string question)
    {
        var answer = Assert.IsType<NextMeetingsAnswer>(_answerer.Answer(question, Today));
        Assert.Equal([new DateOnly(2032, 3, 18)], answer.Dates.Select(d => d.Date));
    }

    [Fact]
    public void Extra_meetings_without_a_bound_are_all_offered()
    {
        var answer = Assert.IsType<NextMeetingsAnswer>(_answerer.Answer("any extra meetings planned?", Today));
        Assert.Equal([new DateOnly(2032, 3, 18), new DateOnly(2032, 4, 22)], answer.Dates.Select(d => d.Date));
    }
    [Fact]
    public void When_nothing_is_found_the_words_no_minutes_use_are_named()
    {
        var answer = Assert.IsType<NotFoundAnswer>(_answerer.Answer("what was decided on the zorblat levy?", Today));
        Assert.Contains("zorblat", answer.Unfound);
        Assert.Contains("levy", answer.Unfound);
        Assert.DoesNotContain("what", answer.Unfound);
    }
}
