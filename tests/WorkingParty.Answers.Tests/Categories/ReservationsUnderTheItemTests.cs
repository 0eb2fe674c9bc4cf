using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;
using WorkingParty.Minutes.Model;
using static WorkingParty.Answers.Tests.Categories.ShippingMinutes;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// "Who has scrutiny reservations on X" / "who was sceptical about X": the reservation seldom repeats X (its item's other
/// sentences name it), so the sentences holding back under X's item are the answer, those saying the question's own
/// word ("scrutiny", "sceptical"), those saying most of the question's words first.
/// </summary>
public class ReservationsUnderTheItemTests
{
    private static readonly DateOnly Day = new(2031, 6, 20);

    private readonly QuestionAnswerer _answerer = new(
    [
        new Meeting("glaciers-2031-06-03", "Working Party on Glacier Monitoring", new DateOnly(2031, 6, 3), false, "Outcome of proceedings", "glaciers-2031-06.txt",
            [
                Item(1, "Adoption of the agenda", [], P(null, S("The agenda was adopted."))),
                Item(2, "Proposal for a Regulation on meltwater reporting", [],
                    P(null, S("The Presidency presented its compromise on the meltwater reporting thresholds.", "Presidency")),
                    P(null, S("PT and MT welcomed the meltwater thresholds set out in Annex II.", "PT", "MT")),
                    P(null, S("RO, SK and LU were sceptical about the composition of the basins, which did not follow the watersheds.", "RO", "SK", "LU")),
                    P(null, S("BG and HR maintained parliamentary scrutiny reservations on the whole text.", "BG", "HR")),
                    P(null, S("The Chair concluded that the remaining reservations should be lifted by 30 June.", "Presidency"))),
                Item(3, "Any other business", [], P(null, S("SI informed delegations about a conference on permafrost.", "SI"))),
            ],
            [],
            []),
    ], new NoScheduleChanges());

    [Fact]
    public void Scrutiny_reservations_on_a_file_name_those_under_its_item()
    {
        var answer = Assert.IsType<SpeakersAnswer>(_answerer.Answer("who keeps scrutiny reservations on meltwater reporting?", Day));
        Assert.Equal(["BG delegation (Bulgaria)", "HR delegation (Croatia)"], answer.Actors.Take(2));
        Assert.StartsWith("BG and HR", answer.Passages[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Sceptical_about_a_topic_names_the_sceptics_not_the_supporters()
    {
        var answer = Assert.IsType<SpeakersAnswer>(_answerer.Answer("who was sceptical about the basins in Annex II?", Day));
        Assert.Equal(["RO delegation (Romania)", "SK delegation (Slovakia)", "LU delegation (Luxembourg)"], answer.Actors);
    }
}
