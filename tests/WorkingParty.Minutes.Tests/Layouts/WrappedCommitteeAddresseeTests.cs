using static WorkingParty.Minutes.Tests.Extraction.ParsedMinutes;

namespace WorkingParty.Minutes.Tests.Layouts;

/// <summary>
/// A committee whose name the To: field wraps over two lines ("Coordinating Committee in the area of harbour and tidal
/// / cooperation matters (CHTC)") is the body, whole: never a working party guessed from a classification code of the
/// header ("COPEN 290") or a name written elsewhere.
/// </summary>
public class WrappedCommitteeAddresseeTests
{
    private const string Items = "\n\n1. Adoption of the agenda\nThe agenda was adopted by the delegations.\n\n2. Harbour fees\nThe Commission presented the study.";

    [Theory]
    [InlineData("COPEN 290\nJAI 812", "\n")]
    [InlineData("JAI 812", "\n")]
    [InlineData("COPEN 290\nJAI 812", "\n\n")]
    public void A_committee_named_over_two_lines_of_the_to_field_is_the_body(string codes, string wrap)
    {
        var m = Read($"Brussels, 19 June 2036\n(OR. en)\n10254/36\nLIMITE\n{codes}\nOUTCOME OF PROCEEDINGS\nFrom: General Secretariat of the Council\n"
            + $"To: Coordinating Committee in the area of harbour and tidal{wrap}cooperation matters (CHTC)\n"
            + "Subject: Summary of discussions of the meeting held on 9 June 2036" + Items);

        Assert.Equal("Coordinating Committee in the area of harbour and tidal cooperation matters (CHTC)", m.Body);
    }

    [Theory]
    [InlineData("Summary of discussions of the Coordinating Committee in the area of harbour and\njudicial cooperation in criminal matters (CHTC)")]
    [InlineData("Summary of discussions of the Coordinating Committee in the area of harbour and judicial cooperation in criminal matters (CHTC)")]
    public void A_committee_the_subject_names_whole_is_the_body_not_a_known_body_its_name_holds(string subject)
    {
        var m = Read("Brussels, 19 June 2036\n(OR. en)\n10254/36\nLIMITE\nCOPEN 290\nOUTCOME OF PROCEEDINGS\nFrom: General Secretariat of the Council\n"
            + $"On: 9 June 2036\nTo: Delegations\nSubject: {subject}" + Items);

        Assert.Equal("Coordinating Committee in the area of harbour and judicial cooperation in criminal matters (CHTC)", m.Body);
    }
}
