using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using WorkingParty.Cards.Actions;
using WorkingParty.Cards.AdaptiveCards;
using WorkingParty.Cards.Tests.Samples;

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

    [Fact]
    public void Prepare_builds_the_contract_of_every_element_action_and_button_data_a_card_can_hold()
    {
        CardJson.Prepare();

        var kinds = new[] { typeof(CardElement), typeof(CardAction), typeof(ButtonData) }
            .SelectMany(polymorphic => polymorphic.GetCustomAttributes<JsonDerivedTypeAttribute>().Select(derived => derived.DerivedType));
        Assert.All(kinds.Concat([typeof(AdaptiveCard), typeof(Column), typeof(Fact), typeof(Choice), typeof(TextRun)]),
            kind => Assert.Contains(kind, CardJson.ContractTypes));
        Assert.True(CardJson.Options.IsReadOnly);
    }

    [Fact]
    public void Every_sample_card_is_written_after_prepare_as_a_serialiser_that_never_prepared_writes_it()
    {
        CardJson.Prepare();
        var unprepared = new JsonSerializerOptions(CardJson.Options) { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };

        Assert.All(SampleCards.All(), sample => Assert.Equal(JsonSerializer.Serialize(sample.Card, unprepared), CardJson.Serialize(sample.Card)));
    }
}
