using System.Text.Json;
using System.Text.Json.Nodes;
using WorkingParty.Cards.Actions;
using WorkingParty.Cards.AdaptiveCards;
using WorkingParty.Cards.Tests.Samples;

namespace WorkingParty.Cards.Tests;

public sealed class CardActionDataTests
{
    [Fact]
    public void Every_button_on_every_sample_card_sends_data_that_parses_back_to_its_verb()
    {
        var buttons = SampleCards.All()
            .SelectMany(sample => Actions(JsonNode.Parse(CardJson.Serialize(sample.Card))!))
            .ToList();

        Assert.NotEmpty(buttons);
        Assert.All(buttons, button =>
        {
            var data = button["data"]!;
            Assert.True(CardActionData.TryParse(data.ToJsonString(), out var parsed), data.ToJsonString());
            if (button["verb"] is { } verb) Assert.Equal(verb.GetValue<string>(), parsed.Verb);
        });
    }

    [Fact]
    public void An_execute_button_falls_back_to_a_submit_with_the_same_data()
    {
        var form = JsonNode.Parse(CardJson.Serialize(new ReplyBuilder(SampleCards.Context).Build(SampleCards.CommentForm()).Card))!;
        var submit = form["actions"]![0]!;

        Assert.Equal("Action.Execute", submit["type"]!.GetValue<string>());
        Assert.Equal(CardVerbs.SubmitComment, submit["verb"]!.GetValue<string>());
        Assert.Equal("Action.Submit", submit["fallback"]!["type"]!.GetValue<string>());
        Assert.Equal(submit["data"]!.ToJsonString(), submit["fallback"]!["data"]!.ToJsonString());
        Assert.Equal("nonce-3f9c", submit["data"]!["nonce"]!.GetValue<string>());
    }

    [Fact]
    public void An_invoke_carries_the_inputs_merged_into_the_data()
    {
        const string invoke = """
            { "action": { "type": "Action.Execute", "verb": "comment.submit",
              "data": { "verb": "comment.submit", "deadlineId": "m/item-7-2017-03-29", "nonce": "n1",
                        "delegation": "CZ", "comment": "We agree.", "document": "7130/17" } },
              "trigger": "manual" }
            """;

        Assert.True(CardActionData.TryParse(invoke, out var data));
        Assert.Equal(new CardActionData(CardVerbs.SubmitComment)
        {
            DeadlineId = "m/item-7-2017-03-29", Nonce = "n1", Delegation = "CZ", Comment = "We agree.", Document = "7130/17",
        }, data);
    }

    [Fact]
    public void Every_input_id_is_a_field_of_the_action_data()
    {
        var inputIds = typeof(CardInputs).GetFields().Select(field => (string)field.GetValue(null)!).ToList();
        var submitted = new JsonObject { ["verb"] = CardVerbs.PreviewAnnouncement, ["nonce"] = "n" };
        foreach (var id in inputIds) submitted[id] = $"value of {id}";

        Assert.True(CardActionData.TryParse(submitted.ToJsonString(), out var data));
        var written = JsonSerializer.SerializeToNode(data, CardJson.Options)!.AsObject();
        Assert.All(inputIds, id => Assert.Equal($"value of {id}", written[id]?.GetValue<string>()));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("[1, 2]")]
    [InlineData("\"item\"")]
    [InlineData("{}")]
    [InlineData("""{ "verb": "delete.everything" }""")]
    [InlineData("""{ "verb": 42 }""")]
    [InlineData("""{ "verb": "item", "meetingId": "m" }""")]
    [InlineData("""{ "verb": "item", "meetingId": "m", "item": "seven" }""")]
    [InlineData("""{ "verb": "item", "meetingId": "m", "item": -1 }""")]
    [InlineData("""{ "verb": "comment.submit", "deadlineId": "d" }""")]
    [InlineData("""{ "verb": "comment.withdraw", "commentId": "  " }""")]
    [InlineData("""{ "verb": "announce.ack", "announcementId": { "id": "a" } }""")]
    [InlineData("""{ "action": { "verb": "comment.withdraw", "data": { "verb": "announce.send", "announcementId": "a" } } }""")]
    [InlineData("""{ "action": { "verb": "help", "data": "help" } }""")]
    public void Unknown_forged_or_malformed_data_is_refused(string value) =>
        Assert.False(CardActionData.TryParse(value, out _));

    private static IEnumerable<JsonNode> Actions(JsonNode node)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["data"] is JsonObject && obj["type"]?.GetValue<string>() is "Action.Execute" or "Action.Submit") yield return obj;
                foreach (var (key, child) in obj)
                {
                    if (key is "data" or "fallback" || child is null) continue;
                    foreach (var action in Actions(child)) yield return action;
                }
                break;
            case JsonArray array:
                foreach (var child in array.OfType<JsonNode>())
                {
                    foreach (var action in Actions(child)) yield return action;
                }
                break;
        }
    }
}
