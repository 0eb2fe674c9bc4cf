using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;
using static WorkingParty.Answers.Tests.Categories.ShippingMinutes;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>A6: chat typos in short words and neighbouring letters swapped in longer ones, inflected fillers and meeting synonyms are not read as required words.</summary>
public class ChatWordTests
{
    private readonly QuestionAnswerer _answerer = new(All(), new NoScheduleChanges());

    private T Ask<T>(string question) where T : Answer => Assert.IsType<T>(_answerer.Answer(question, Today));

    [Theory]
    [InlineData("whta did NL say abt inspections?")]
    [InlineData("what NL wants on inspections")]
    public void Typos_and_inflected_fillers_leave_the_topic(string question) =>
        Assert.Equal("NL asked for more inspections.", Assert.Single(Ask<ActorStatementsAnswer>(question).Statements).Text);

    [Theory]
    [InlineData("wen is the nxt meeting?")]
    [InlineData("next vtc?")]
    public void Short_typos_and_meeting_synonyms_still_ask_for_the_next_meeting(string question) =>
        Assert.NotEmpty(Ask<NextMeetingsAnswer>(question).Dates);

    [Theory]
    [InlineData("what was decided on ferries?")]
    [InlineData("what did they decide on ferries")]
    public void Asking_what_was_decided_asks_for_the_item_though_the_minutes_never_write_the_word(string question) =>
        Assert.Equal(6, Ask<AgendaItemAnswer>(question).Source.Item);

    [Theory]
    [InlineData("anything outstanding?")]
    [InlineData("what's still open?")]
    [InlineData("whats still open")]
    public void Outstanding_asks_for_open_deadlines(string question) =>
        Assert.Equal(new DateOnly(2025, 4, 2), Ask<DeadlinesAnswer>(question).Deadlines[0].Date);

    [Theory]
    [InlineData("agenda itmes")]
    [InlineData("what were the agenda itmes of the last meeting")]
    public void Two_neighbouring_letters_swapped_in_a_longer_word_are_read_as_the_word(string question) =>
        Assert.NotEmpty(Ask<AgendaAnswer>(question).Items);

    [Fact]
    public void A_number_word_is_never_a_swapped_filler() =>
        Assert.Equal(3, Ask<AgendaItemAnswer>("item three").Source.Item);

    [Fact]
    public void Short_names_of_actors_are_never_typos() =>
        Assert.Equal("Commission", Ask<ActorStatementsAnswer>("what did com say about the tonnage report?").Actor);
}
