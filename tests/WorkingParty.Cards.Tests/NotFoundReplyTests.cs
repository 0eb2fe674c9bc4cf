using WorkingParty.Answers.Model;
using WorkingParty.Cards.AdaptiveCards;
using WorkingParty.Cards.Tests.Samples;

namespace WorkingParty.Cards.Tests;

/// <summary>Nothing found: the reply says which of the question's words no minutes use, on the card and in text.</summary>
public sealed class NotFoundReplyTests
{
    [Fact]
    public void The_words_no_minutes_use_are_named_on_the_card_and_in_text()
    {
        var reply = SampleCards.Replies.Build(new NotFoundAnswer("what of the quokka fund?", []) { Unfound = ["quokka"] });
        var json = CardJson.Serialize(reply.Card);
        Assert.Contains("Not in any minutes: ", json, StringComparison.Ordinal);
        Assert.Contains("quokka", json, StringComparison.Ordinal);
        Assert.Contains("Not in any minutes: \u201Cquokka\u201D.", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_unused_words_nothing_is_said_of_them() =>
        Assert.DoesNotContain("Not in any minutes", SampleCards.Replies.Build(new NotFoundAnswer("what of the fund?", [])).Text, StringComparison.Ordinal);
}
