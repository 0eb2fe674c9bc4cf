using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;
using static WorkingParty.Answers.Tests.Categories.ForestryMinutes;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// A document's number asked in chat shorthand ("doc no", "doc nr", "doc #", "document no.", "the reference of") is a document question: the
/// reference nearest what is named, never the item with every document it cites.
/// </summary>
public class DocumentNumberWordingTests
{
    private readonly QuestionAnswerer _answerer = new(All(), new NoScheduleChanges());

    [Theory]
    [InlineData("whats the appendix D doc no", "8121/32")]
    [InlineData("doc nr of appendix C?", "8120/32")]
    [InlineData("appendix D document no.?", "8121/32")]
    [InlineData("doc # for the forest monitoring draft guidelines", "8300/32")]
    [InlineData("what's the reference of the forest monitoring guidelines", "8300/32")]
    [InlineData("and the reference for appendix C?", "8120/32")]
    public void A_document_number_in_shorthand_is_the_reference_of_what_is_named(string question, string reference) =>
        Assert.Equal(reference, Assert.IsType<DocumentAnswer>(_answerer.Answer(question, Today)).Reference);
}
