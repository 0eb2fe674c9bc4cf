using static WorkingParty.Minutes.Tests.Extraction.ParsedMinutes;

namespace WorkingParty.Minutes.Tests.Layouts;

/// <summary>
/// A heading that gives the meeting as "A / B" under "of :" (a working party meeting in another formation): the first
/// body, as in a To: field of two bodies, not the second one alone.
/// </summary>
public class TwoBodiesInTheHeadingTests
{
    [Fact]
    public void The_first_of_two_bodies_parted_by_a_slash_met()
    {
        var m = Read("COUNCIL OF\nTHE EUROPEAN UNION\n\nBrussels, 21 March 2031 (22.03)\n(OR. en)\n\n7479/31\n\nLIMITE\n\nFRONT 31\nCOMIX 162\n\n"
            + "OUTCOME OF PROCEEDINGS\n\nof :\nFrontiers Working Party / Mixed Committee (EU-Iceland/Norway)\non :\n13 March 2031\nSubject :\nSummary of discussions\n\n"
            + "1.\nAdoption of the agenda\n\nThe agenda was adopted.\n\n2.\nBorder checks\n\nThe Commission presented its study.\n");

        Assert.Equal("Frontiers Working Party", m.Body);
    }
}
