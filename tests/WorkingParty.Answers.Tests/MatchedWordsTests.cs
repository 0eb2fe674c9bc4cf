using WorkingParty.Answers.Retrieval;
using WorkingParty.Answers.Understanding;

namespace WorkingParty.Answers.Tests;

public class MatchedWordsTests
{
    [Theory]
    [InlineData("The use of carrier grade NAT hampered investigations.", "CGN", "carrier grade NAT")]
    [InlineData("Europol underlined the need to focus on CGN.", "carrier grade NAT", "CGN")]
    [InlineData("ENISA stressed the need for collaboration.", "agency", "ENISA")]
    [InlineData("Delegations supported the draft lines to be taken.", "draft line", "draft lines")]
    public void The_words_matched_are_marked_as_the_passage_writes_them(string passage, string question, string matched)
    {
        var concepts = Concepts.Of(question.Split(' '));
        Assert.Equal([matched], Matched(passage, concepts));
    }

    [Fact]
    public void Actors_and_documents_are_marked_in_their_spelling_in_the_passage()
    {
        var concepts = Concepts.Of([], [new Concept(EntityTerms.Actor("BE"), "BE"), new Concept(EntityTerms.Document("ST 8043/17"), "ST 8043/17")]);
        Assert.Equal(["Belgian", "8043/17"], Matched("The Belgian delegation recalled doc. 8043/17.", concepts));
    }

    private static IReadOnlyList<string> Matched(string passage, Concepts concepts)
    {
        var terms = Concepts.TermsOf(passage);
        terms.UnionWith(EntityTerms.Of(passage, [], ActorDirectory.Default));
        return MatchedWords.In(passage, concepts, terms, ActorDirectory.Default);
    }
}
