using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;
using WorkingParty.Minutes.Model;
using static WorkingParty.Answers.Tests.Categories.ShippingMinutes;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// Names a delegate types in other forms than the minutes write them: a short name in the plural ("PNOs"), initials
/// counting each part of a hyphenated word ("ADI" for the anti-dumping instrument), a delegation by its people ("the
/// Danes"), and a qualified body by the initials of its name in lower case ("the hswp") or of its qualifier in words.
/// </summary>
public class ShortNameFormsTests
{
    private static readonly DateOnly Today = new(2038, 6, 20);

    private readonly QuestionAnswerer _answerer = new(
    [
        new Meeting("hs-2038-06-09", "Working Party on Harbour Safety (Pilotage / Towage)", new DateOnly(2038, 6, 9), false, "Outcome of proceedings", "hs-2038-06.txt",
        [
            Item(1, "Adoption of the agenda", [], P(null, S("The agenda was adopted."))),
            Item(2, "Proposal for a Regulation on harbour tariffs", [],
                P("a", S("The Presidency presented its compromise text on the anti-dumping instrument for towage services.", "Presidency")),
                P("a", S("SE insisted that the anti-dumping instrument should remain a measure of last resort.", "SE")),
                P("b", S("DK and FI supported the mandatory certification of pilot network operators.", "DK", "FI"),
                    S("The Chair concluded that the certification would follow a light registration procedure.", "Presidency")),
                P("b", S("DK asked for a phasing-in period of three years.", "DK")))
            with { SubItems = [new SubItem("a", "Anti-dumping instrument"), new SubItem("b", "Certification of pilot network operators")] },
        ], [], []),
    ], new NoScheduleChanges());

    private string Said(string question) => _answerer.Answer(question, Today) switch
    {
        ActorStatementsAnswer a => string.Join(' ', a.Statements.Select(s => s.Text)),
        PassagesAnswer p => string.Join(' ', p.Passages.Select(s => s.Text)),
        AgendaItemAnswer item => string.Join(' ', item.Said.Select(s => s.Text)),
        var other => other.GetType().Name,
    };

    [Fact]
    public void A_short_name_in_the_plural_stands_for_its_words()
    {
        Assert.Contains("light registration procedure", Said("what was decided on certification of PNOs"), StringComparison.Ordinal);
    }

    [Fact]
    public void Initials_count_each_part_of_a_hyphenated_word()
    {
        Assert.Contains("last resort", Said("what was sweden's line on the adi"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_delegation_is_named_by_its_people()
    {
        Assert.Contains("phasing-in period", Said("what did the Danes say"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_body_is_named_by_the_initials_of_its_qualifier_in_words()
    {
        var answerer = new QuestionAnswerer(
        [
            new Meeting("fm-2038-05-12", "Working Party on Fish Markets (Anti-fraud control plans)", new DateOnly(2038, 5, 12), false, "Outcome of proceedings", "fm-2038-05.txt",
                [Item(1, "Adoption of the agenda", [], P(null, S("The agenda was adopted."))), Item(2, "Catch certificates", [], P(null, S("IE presented its note.", "IE")))], [], []),
        ], new NoScheduleChanges());
        var answer = Assert.IsType<AgendaAnswer>(answerer.Answer("agenda of the afcp?", Today));
        Assert.Equal("fm-2038-05-12", answer.MeetingId);
    }

    [Fact]
    public void A_qualified_body_is_named_by_the_initials_of_its_name_in_lower_case()
    {
        var answer = Assert.IsType<AgendaAnswer>(_answerer.Answer("agenda of the hswp 9 june?", Today));
        Assert.Equal("hs-2038-06-09", answer.MeetingId);
    }
}
