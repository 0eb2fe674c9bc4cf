using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;
using WorkingParty.Minutes.Model;
using static WorkingParty.Answers.Tests.Categories.ShippingMinutes;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// "Doc number of the X proposal?" when only a title cites it ("a) Proposal for a Regulation on X (LOX) - doc. N", "X
/// Regulation (doc. N)"), or when the sentence after the citing one names the document ("... (doc. N). The study set
/// out ...").
/// </summary>
public class DocumentInTitleTests
{
    private static readonly DateOnly Day = new(2033, 5, 20);

    private readonly QuestionAnswerer _answerer = new(
    [
        new Meeting("lighthouses-2033-05-04", "Working Party on Coastal Lights", new DateOnly(2033, 5, 4), false, "Outcome of proceedings", "lights-2033-05.txt",
            [
                Item(1, "Adoption of the agenda", [], P(null, S("The agenda was adopted."))),
                Item(2, "Presentation of the coastal safety package", ["7710/33", "7712/33"],
                    P(null, S("The Commission presented the package.", "Commission")),
                    P("a", S("Several delegations asked about the fog signal budget."))) with
                {
                    SubItems =
                    [
                        new SubItem("a", "Proposal for a Regulation establishing the Beacon Authority (BEACA) - doc. 7710/33"),
                        new SubItem("b", "Proposal for a Directive on lantern maintenance - doc. 7712/33"),
                    ],
                },
                Item(3, "Foghorn interoperability Regulation (doc. 6130/33)", ["6130/33"],
                    P(null, S("The Presidency introduced its questions on the acoustic ranges.", "Presidency"))),
                Item(4, "Assessment of the keepers' training rules", ["8890/33"],
                    P(null, S("The Commission presented the findings of the external assessment (doc. 8890/33).", "Commission"),
                        S("The study set out three options for the curriculum."))),
                Item(7, "Proposal for a Regulation amending Regulation (EU) 2030/1001 on lens cleaning", [],
                    P(null, S("The Commission presented the lens cleaning proposal.", "Commission"))),
                Item(6, "Proposal for a Regulation on buoy tenders (doc. 9120/33)", ["9120/33", "WK 3300/33"],
                    P(null, S("The deadline for comments on WK 3300/33 was extended to 2 June."),
                        S("Delegations were also invited to send their fleet data to the Cion by 9 June."))),
                Item(5, "Light vessels", ["8001/33"],
                    P(null, S("The Presidency compromise on light vessels (doc. 8001/33) was broadly welcomed.", "Presidency"))),
            ],
            [],
            []),
    ], new NoScheduleChanges());

    [Theory]
    [InlineData("doc number of the BEACA proposal?", "7710/33")]
    [InlineData("foghorn interoperability proposal doc number?", "6130/33")]
    [InlineData("doc number of the training study", "8890/33")]
    public void The_document_asked_by_what_it_is_is_found(string question, string reference)
    {
        var answer = Assert.IsType<DocumentAnswer>(_answerer.Answer(question, Day));
        Assert.Equal(reference, answer.Reference);
    }

    [Fact]
    public void A_legal_act_a_title_amends_is_no_document_of_the_item()
    {
        var answer = _answerer.Answer("doc number of the lens cleaning proposal?", Day);
        Assert.False(answer is DocumentAnswer { Reference: "2030/1001" }, "2030/1001 is the Regulation the proposal amends");
    }

    [Fact]
    public void A_sentence_after_the_citing_one_lends_only_the_noun_naming_its_document()
    {
        var answer = _answerer.Answer("doc nr of the cion proposal on buoy tenders", Day);
        Assert.False(answer is DocumentAnswer { Reference: "WK 3300/33" }, "the sentence after the citing one said only who gets the data");
    }
}
