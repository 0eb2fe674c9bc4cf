using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;
using static WorkingParty.Answers.Tests.Categories.InventedMinutes;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// "Which doc was the presidency draft guidelines?": a reference the sentence gives to another noun ("summary in doc.
/// N", "as set out in the note N") is not the document asked; the one the item's title attaches to the asked words is. A
/// noun for the document itself ("a revised version in doc. N") gives its reference to nothing else.
/// </summary>
public class ReferenceOfAnotherNounTests
{
    private const string Minutes = "Brussels, 20 May 2031\nOUTCOME OF PROCEEDINGS\nOn: 14 May 2031\nTo: Working Party on Maritime Questions\nSubject: Summary of discussions\n\n" +
        "1. Adoption of the agenda\n\nThe agenda was adopted.\n\n" +
        "2. Presidency draft guidelines on ballast water (8120/31)\n\nThe Presidency presented its draft guidelines, drawn up from the replies to the questionnaire (summary in doc. 6002/31). " +
        "Several delegations welcomed the text.\n\n" +
        "3. Port reception facilities\n\nThe Commission presented its draft handbook on port reception facilities, as set out in the note 6310/31. Delegations asked for more time.\n\n" +
        "4. Pilotage code\n\nThe Presidency thanked delegations for their remarks on doc. 6390/31 and circulated a revised version in doc. 6391/31.\n\n" +
        "5. AOB\n\nThe next meeting would take place on 12 June 2031.";

    private readonly QuestionAnswerer _answerer = new([Read(Minutes, "maritime-2031-05.txt")], new NoScheduleChanges());

    [Theory]
    [InlineData("which doc was the presidency draft guidelines", "8120/31")]
    [InlineData("doc number of the ballast water draft guidelines?", "8120/31")]
    [InlineData("which doc is the summary of the replies to the questionnaire?", "6002/31")]
    [InlineData("which doc is the revised pilotage code?", "6391/31")]
    public void A_reference_given_to_another_noun_is_not_the_document_asked(string question, string reference) =>
        Assert.Equal(reference, Assert.IsType<DocumentAnswer>(_answerer.Answer(question, new DateOnly(2031, 5, 25))).Reference);

    [Fact]
    public void A_document_only_another_noun_holds_is_not_asserted_as_the_one_asked() =>
        Assert.False(_answerer.Answer("which doc is the draft handbook on port reception facilities?", new DateOnly(2031, 5, 25)) is DocumentAnswer { Reference: "6310/31" });
}
