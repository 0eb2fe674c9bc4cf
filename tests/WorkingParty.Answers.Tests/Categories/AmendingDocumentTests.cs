using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;
using WorkingParty.Minutes.Model;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// "Doc number of the draft reg amending 2218/31?": the act the question names is the one amended; the document asked
/// for is the one cited under the sub-item whose title names that act, not the act, nor the minutes' own number.
/// </summary>
public class AmendingDocumentTests
{
    private static readonly DateOnly Today = new(2037, 11, 30);

    private static readonly Meeting Fisheries = InventedMinutes.Read("""
        Brussels, 24 November 2037
        (OR. en)
        14410/37
        LIMITE
        OUTCOME OF PROCEEDINGS
        From: General Secretariat of the Council
        On: 19 November 2037
        To: Working Party on Inland Fisheries
        Subject: Outcome of proceedings

        1. Adoption of the agenda
        The agenda was adopted.
        2. Eel stocks
        a) State of play
        The Commission reported on the eel stocks.
        b) Draft Council Regulation amending Regulation (EC) No 2218/31
        The Commission presented the draft amendment (doc. 13950/37 PECHE 80). Delegations could broadly support it.
        """, "inland-fisheries-2037-11.txt");

    private readonly QuestionAnswerer _answerer = new([Fisheries], new NoScheduleChanges());

    [Theory]
    [InlineData("doc number of the draft reg amending 2218/31")]
    [InlineData("which document is the regulation amending Regulation 2218/31?")]
    public void The_document_amending_an_act_is_the_one_cited_under_its_title(string question) =>
        Assert.Equal("13950/37", Assert.IsType<DocumentAnswer>(_answerer.Answer(question, Today)).Reference);

    [Fact]
    public void An_act_asked_by_its_number_alone_is_still_where_it_is_cited() =>
        Assert.Contains("2218/31", Assert.IsType<DocumentAnswer>(_answerer.Answer("doc 2218/31?", Today)).Reference, StringComparison.Ordinal);
}
