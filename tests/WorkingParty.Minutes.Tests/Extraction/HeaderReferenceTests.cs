using static WorkingParty.Minutes.Tests.Extraction.ParsedMinutes;

namespace WorkingParty.Minutes.Tests.Extraction;

/// <summary>
/// A header field whose label names a document ("No. Cion doc.:", "No. Cion prop. :", "No. prev. doc. :") is kept
/// with the minutes as written, whether its value is on its own line or the label's.
/// </summary>
public class HeaderReferenceTests
{
    private const string Items = "\n\n1. Adoption of the agenda\nThe agenda was adopted.\n\n2. Orchard levies\nThe Commission presented its proposal.";

    [Fact]
    public void A_commission_document_field_on_its_own_line_is_kept()
    {
        var m = Read("Brussels, 20 October 2036\n(OR. en)\n4411/36\nOUTCOME OF PROCEEDINGS\nFrom:\nGeneral Secretariat of the Council\nOn:\n12 October 2036\n"
            + "To:\nWorking Party on Orchards\nNo. Cion doc.:\n8812/35 AGRI 90 - COM(2035) 410 final\nSubject:\nProposal for a Regulation on orchard levies" + Items);

        var field = Assert.Single(m.Header.References);
        Assert.Equal("8812/35 AGRI 90 - COM(2035) 410 final", field.Value);
        Assert.Equal("Working Party on Orchards", m.Body);
    }

    [Fact]
    public void Fields_with_their_value_on_the_labels_line_are_kept()
    {
        var m = Read("Brussels, 20 October 2036\n(OR. en)\n4411/36\nOUTCOME OF PROCEEDINGS\nFrom: General Secretariat of the Council\nOn: 12 October 2036\n"
            + "To: Working Party on Orchards\nNo. prev. doc. : 3120/36 AGRI 12\nNo. Cion prop. : COM(2035) 410 final\nSubject: Proposal for a Regulation on orchard levies" + Items);

        Assert.Equal(["3120/36 AGRI 12", "COM(2035) 410 final"], m.Header.References.Select(r => r.Value));
    }
}
