using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;
using WorkingParty.Minutes.Model;
using static WorkingParty.Answers.Tests.Categories.ShippingMinutes;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// An item asked in full shows the footnotes its text carries, and those no item carries (a note on the Subject line
/// or the record as a whole: "no decisions can be taken"), so that "was anything decided on X?" hears it.
/// </summary>
public class FootnotesInItemTests
{
    private const string Body = "Working Party on Glacier Monitoring";
    private const string NoDecisions = "Informal webinars of the members are not meetings of a Council body and no decisions can be taken there.";
    private const string Moraine = "The moraine survey is annexed to doc. 6611/39.";
    private static readonly DateOnly Today = new(2039, 5, 20);

    private static Meeting Webinar() => new(
        "glacier-2039-05-11", Body, new DateOnly(2039, 5, 11), false, "Summary of the informal webinar", "glacier-2039-05.txt",
        [
            Item(1, "Opening by the Chair", [], P(null, S("The Chair welcomed the participants.", "Chair"))),
            Item(2, "Ice-core sampling guidelines", [], P(null, S("The Commission presented the draft guidelines.", "Commission"), S("SE and AT asked for a longer sampling season.", "SE", "AT"))),
            Item(3, "Moraine survey", [], P(null, S("FI presented the moraine survey2.", "FI"))),
        ],
        [],
        [])
    {
        Footnotes = [new Footnote("1", NoDecisions), new Footnote("2", Moraine)],
    };

    private readonly QuestionAnswerer _answerer = new([Webinar()], new NoScheduleChanges());

    [Theory]
    [InlineData("was anything decided on the ice-core sampling guidelines?")]
    [InlineData("what was decided on ice core sampling")]
    public void A_note_on_the_whole_record_is_shown_with_the_item(string question)
    {
        var answer = Assert.IsType<AgendaItemAnswer>(_answerer.Answer(question, Today));

        Assert.Equal(2, answer.Source.Item);
        Assert.Contains(answer.Said, s => s.Text.Contains(NoDecisions, StringComparison.Ordinal));
        Assert.DoesNotContain(answer.Said, s => s.Text.Contains(Moraine, StringComparison.Ordinal));
    }

    [Fact]
    public void A_footnote_the_item_carries_is_shown_with_it()
    {
        var answer = Assert.IsType<AgendaItemAnswer>(_answerer.Answer("item 3", Today));

        Assert.Contains(answer.Said, s => s.Text.Contains(Moraine, StringComparison.Ordinal));
    }
}
