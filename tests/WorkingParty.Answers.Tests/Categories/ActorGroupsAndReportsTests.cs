using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;
using WorkingParty.Minutes.Model;
using static WorkingParty.Answers.Tests.Categories.ShippingMinutes;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// What a delegation said, asked in a delegate's words: a group named together ("the Nordics"), a report going on in a sentence naming nobody, a world-knowledge short name ("Euratom") for what
/// the title writes in full.
/// </summary>
public class ActorGroupsAndReportsTests
{
    private static readonly DateOnly Day = new(2034, 10, 20);

    private readonly QuestionAnswerer _answerer = new(
    [
        new Meeting("peat-2034-10-09", "Working Party on Peatlands", new DateOnly(2034, 10, 9), false, "Outcome of proceedings", "peat-2034-10.txt",
            [
                Item(1, "Adoption of the agenda", [], P(null, S("The agenda was adopted."))),
                Item(2, "Draft conclusions on wetland restoration", [],
                    P(null, S("DK, FI and SE called for a stronger reference to carbon farming, while Ireland asked to delete the paragraph on drainage bans.", "DK", "FI", "SE", "IE")),
                    P(null, S("FI recalled its national peat strategy.", "FI")),
                    P(null, S("The Estonian delegation informed the Working Party of a fire in a bog near Tartu.", "EE"),
                        S("Emergency services were now focusing on the eastern rim of the mire."))),
                Item(3, "Research programme of the European Atomic Energy Community on soil isotopes", [],
                    P(null, S("The Slovenian delegation maintained its general reservation on the funding of isotope studies.", "SI"))),
            ],
            [],
            []),
    ], new NoScheduleChanges());

    private string Said(string question) => _answerer.Answer(question, Day) switch
    {
        ActorStatementsAnswer a => string.Join(' ', a.Statements.Select(s => s.Text)),
        var other => other.GetType().Name,
    };

    [Fact]
    public void A_group_of_delegations_finds_what_its_members_said_together()
    {
        Assert.Contains("carbon farming", Said("what did the nordics ask for?"));
        Assert.DoesNotContain("peat strategy", Said("what did the nordics ask for?"));
    }

    [Fact]
    public void A_report_goes_on_in_the_sentence_naming_nobody()
    {
        Assert.Contains("eastern rim", Said("what did EE report on the bog fire?"));
    }

    [Fact]
    public void Euratom_is_the_European_Atomic_Energy_Community()
    {
        Assert.Contains("general reservation", Said("what did slovenia say on the euratom programme?"));
    }
}
