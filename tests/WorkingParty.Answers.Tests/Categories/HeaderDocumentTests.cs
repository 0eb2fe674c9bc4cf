using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;
using WorkingParty.Minutes.Model;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// "Cion proposal ref?", "previous doc?": the document a field of the minutes' header names, when the question names
/// the field, or names what the minutes are about beside a field labelled only as a reference ("Doc. ref."); a document
/// asked by another name is still looked for in the sentences.
/// </summary>
public class HeaderDocumentTests
{
    private static readonly DateOnly Today = new(2036, 10, 25);

    private static readonly Meeting Orchards = InventedMinutes.Read("""
        Brussels, 20 October 2036
        (OR. en)
        4411/36
        OUTCOME OF PROCEEDINGS
        From:
        General Secretariat of the Council
        On:
        12 October 2036
        To:
        Working Party on Orchards
        No. Cion doc.:
        8812/35 AGRI 90 - COM(2035) 410 final
        No. prev. doc.:
        3120/36 AGRI 12
        Subject:
        Proposal for a Regulation on orchard levies

        1. Adoption of the agenda
        The agenda was adopted.
        2. Proposal for a Regulation on orchard levies
        The Presidency presented its compromise text (doc. 4050/36). The Commission supported it.
        """, "orchards-2036-10.txt");

    private readonly QuestionAnswerer _answerer = new([Orchards], new NoScheduleChanges());

    [Theory]
    [InlineData("Cion proposal ref?", "8812/35")]
    [InlineData("which doc is the commission proposal", "8812/35")]
    [InlineData("what is the prev doc", "3120/36")]
    [InlineData("which doc is the pres compromise", "4050/36")]
    [InlineData("what's the cion proposal number", "8812/35")]
    [InlineData("what is the number of the commission proposal?", "8812/35")]
    [InlineData("which commission proposal is this about", "8812/35")]
    [InlineData("cion proposal doc number for the orchard levies regulation?", "8812/35")]
    [InlineData("what's the council doc number of the Cion proposal", "8812/35")]
    public void A_document_named_by_a_header_field_is_that_fields(string question, string reference) =>
        Assert.Equal(reference, Assert.IsType<DocumentAnswer>(_answerer.Answer(question, Today)).Reference);

    private static readonly Meeting Ferries = InventedMinutes.Read("""
        Brussels, 30 October 2036
        (OR. en)
        14020/36
        OUTCOME OF PROCEEDINGS
        From: General Secretariat of the Council
        On: 27 October 2036
        To: Working Party on Maritime Transport
        Doc. ref.:
        13011/36 MAR 120 (COM(2036) 515 final)
        Subject: Proposal for a Council Directive on the safety of passenger ferries

        1. Adoption of the agenda
        The agenda was adopted.
        2. Proposal for a Council Directive on the safety of passenger ferries
        The Commission explained the stability requirements for ferries. Delegations asked about older vessels.
        3. Proposal for a Council Decision on the port state agreement (doc. 13020/36)
        The Presidency suggested postponing the examination.
        """, "maritime-2036-10.txt");

    [Fact]
    public void A_plain_reference_field_is_the_document_of_what_the_minutes_are_about()
    {
        var answerer = new QuestionAnswerer([Ferries], new NoScheduleChanges());

        var answer = Assert.IsType<DocumentAnswer>(answerer.Answer("which doc is the commission proposal on passenger ferries", new DateOnly(2036, 11, 5)));

        Assert.Equal("13011/36", answer.Reference);
    }
}
