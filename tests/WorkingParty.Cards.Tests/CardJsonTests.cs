using System.Text;
using System.Text.Json.Nodes;
using WorkingParty.Cards.AdaptiveCards;

namespace WorkingParty.Cards.Tests;

public class CardJsonTests
{
    private static readonly AdaptiveCard Card = new() { Body = [TextBlock.Literal("Deadline: 29 March 2017 — comments on 7130/17")] };

    [Fact]
    public void A_card_is_written_once_and_its_size_is_that_of_its_utf8_json()
    {
        var json = CardJson.Serialize(Card);

        Assert.Same(json, CardJson.Serialize(Card));
        Assert.Equal(Encoding.UTF8.GetByteCount(json), CardJson.SizeInBytes(Card));
        Assert.Equal("AdaptiveCard", (string?)JsonNode.Parse(json)!["type"]);
    }

    [Fact]
    public void A_card_made_from_another_is_written_with_its_own_content()
    {
        var first = CardJson.Serialize(Card);
        var changed = Card with { Body = [TextBlock.Literal("Deadline moved to 7 April 2017")] };

        Assert.Contains("7 April 2017", CardJson.Serialize(changed));
        Assert.DoesNotContain("7 April 2017", first);
    }
}
