using WorkingParty.Cards.AdaptiveCards;
using WorkingParty.Cards.Tests.Samples;

namespace WorkingParty.Cards.Tests;

/// <summary>"Which delegations spoke on X?": the speakers first, then each sentence cited, opening its item.</summary>
public sealed class SpeakersReplyTests
{
    private readonly Reply _reply = SampleCards.Replies.Build(SeedAnswers.Speakers());

    [Fact]
    public void The_card_lists_the_speakers_then_quotes_each_sentence_with_its_citation()
    {
        var json = CardJson.Serialize(_reply.Card);

        Assert.Contains("Who spoke", json);
        Assert.Contains("BE delegation (Belgium), CZ delegation (Czechia)", json);
        Assert.Contains("Horizontal Working Party on Cyber Issues, meeting of 15 March 2017, item 3: Carrier Grade NAT", json);
        Assert.Contains("Open item 3", json);
    }

    [Fact]
    public void The_text_names_the_speakers_and_marks_the_matches()
    {
        Assert.StartsWith("Who spoke", _reply.Text);
        Assert.Contains("BE delegation (Belgium), CZ delegation (Czechia)", _reply.Text);
        Assert.Contains("CZ explained that **CGN** made", _reply.Text);
    }
}
