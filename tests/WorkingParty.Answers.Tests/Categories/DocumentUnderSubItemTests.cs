using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;
using WorkingParty.Minutes.Model;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// "Which doc is the Latvia visa evaluation report?": the sentence citing it says only "the evaluation report"; the
/// country and field are in the title of the sub-item it stands under, which is read with the sentence when no sentence
/// holds the topic with its item's title alone (a sub-item "First round of comments" gives no "first draft").
/// </summary>
public class DocumentUnderSubItemTests
{
    private static readonly DateOnly Today = new(2039, 6, 30);

    private static readonly Meeting Evaluations = InventedMinutes.Read("""
        Brussels, 20 June 2039
        (OR. en)
        WK 8120/2039
        OUTCOME OF PROCEEDINGS
        From: General Secretariat of the Council
        On: 14 June 2039
        To: Working Party on Visa Evaluation
        Subject: Outcome of proceedings

        1. Adoption of the agenda
        The agenda was adopted.
        2. Evaluation reports 2039
        a) Evaluation of Latvia in the field of visas
        The Commission presented the evaluation report (ST 9310/39). Latvia thanked the team.
        b) Thematic evaluation of consular staffing
        The Commission presented the thematic report (doc. 9422/39). Two delegations asked for clearer recommendations.
        3. Draft Council guidelines on consular cooperation
        a) Presentation by the Presidency
        The Presidency presented the first draft of the guidelines (WK 7100/2039).
        b) First round of comments
        The deadline for comments on the Commission's staffing study (ST 9011/39) was extended to 5 July 2039.
        """, "visa-evaluation-2039-06.txt");

    private readonly QuestionAnswerer _answerer = new([Evaluations], new NoScheduleChanges());

    [Theory]
    [InlineData("which doc is the latvia visa evaluation report", "9310/39")]
    [InlineData("doc number of the consular staffing report?", "9422/39")]
    [InlineData("which doc is the first draft of the guidelines", "7100/2039")]
    public void A_document_is_found_by_its_sub_items_title(string question, string reference) =>
        Assert.Contains(reference, Assert.IsType<DocumentAnswer>(_answerer.Answer(question, Today)).Reference, StringComparison.Ordinal);
}
