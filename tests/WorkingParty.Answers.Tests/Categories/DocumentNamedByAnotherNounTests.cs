using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// "Which doc was the draft conclusions text?": the nouns a question names a document by ("text", "draft", "paper") need
/// not all be in the sentence citing it when it names the document by one of them ("presented the second revised draft
/// of the conclusions (ST 5120/2/34 REV 2)"), the rest of the topic being in the sentence or its item's title.
/// </summary>
public class DocumentNamedByAnotherNounTests
{
    private static readonly QuestionAnswerer Answerer = new([InventedMinutes.Read("""
        Brussels, 21 October 2034
        OUTCOME OF PROCEEDINGS
        From: General Secretariat of the Council
        On: 12 October 2034
        To: Working Party on Flood Defence
        Subject: Summary of the meeting of the Working Party on Flood Defence
        1. Draft Council conclusions on urban flood resilience
        The Presidency presented the second revised draft of the conclusions (ST 5120/2/34 REV 2), which took into account the written comments received.

        Delegations broadly welcomed the revised text. NL asked for a reference to nature-based solutions.
        2. AOB
        The Presidency informed delegations of the exercise held in Lyon (WK 6610/2034).
        """, "flood-defence-2034-10.txt")], new NoScheduleChanges());

    [Fact]
    public void A_document_cited_by_one_of_the_nouns_asked_is_the_one_asked_for()
    {
        var answer = Assert.IsType<DocumentAnswer>(Answerer.Answer("which doc was the draft conclusions text", new DateOnly(2034, 10, 25)));

        Assert.Contains("5120/2/34", answer.Reference, StringComparison.Ordinal);
    }
}
