using WorkingParty.Cards.AdaptiveCards;
using WorkingParty.Cards.Tests.Samples;

namespace WorkingParty.Cards.Tests;

/// <summary>"What the minutes say": quoted sentences, each cited with its working party, the matched words marked.</summary>
public sealed class PassagesReplyTests
{
    private readonly Reply _reply = SampleCards.Replies.Build(SeedAnswers.Passages());

    [Fact]
    public void The_card_quotes_each_sentence_with_its_citation_and_opens_its_item()
    {
        var json = CardJson.Serialize(_reply.Card);

        Assert.Contains("What the minutes say", json);
        Assert.Contains("Horizontal Working Party on Cyber Issues, meeting of 15 March 2017, item 3: Carrier Grade NAT", json);
        Assert.Contains("Open item 4", json);
    }

    [Fact]
    public void The_text_says_these_are_quotes_not_an_answer_and_marks_the_matches()
    {
        Assert.StartsWith("What the minutes say", _reply.Text);
        Assert.Contains("Nothing answers \u201Cwhat did Belgium say about CGN and data retention?\u201D for certain", _reply.Text);
        Assert.Contains("The **Belgian** model", _reply.Text);
        Assert.Contains("together with **data retention**, encryption, **CGN**, cloud", _reply.Text);
    }
}
