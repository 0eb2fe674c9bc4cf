using System.Text.Json;
using System.Text.Json.Nodes;
using WorkingParty.Cards.Actions;
using WorkingParty.Cards.AdaptiveCards;
using WorkingParty.Cards.Tests.Samples;

namespace WorkingParty.Cards.Tests;

/// <summary>What card buttons send, and how a pressed button is read: understood, unknown or malformed, never thrown.</summary>
public sealed class ButtonDataTests
{
    [Fact]
    public void Every_button_on_every_sample_card_sends_data_that_reads_back_to_its_verb_and_fields()
    {
        var buttons = SampleCards.All()
            .SelectMany(sample => Actions(JsonNode.Parse(CardJson.Serialize(sample.Card))!))
            .ToList();

        Assert.NotEmpty(buttons);
        Assert.All(buttons, button =>
        {
            var data = button["data"]!;
            var read = Assert.IsType<ButtonRead.Understood>(ButtonData.Read(data.ToJsonString()));
            if (button["verb"] is { } verb) Assert.Equal(verb.GetValue<string>(), read.Action.Verb);
            Assert.True(JsonNode.DeepEquals(data, JsonSerializer.SerializeToNode(read.Action, CardJson.Options)), data.ToJsonString());
        });
    }

    [Fact]
    public void An_execute_button_falls_back_to_a_submit_with_the_same_data()
    {
        var form = JsonNode.Parse(CardJson.Serialize(SampleCards.Replies.Build(SampleCards.CommentForm()).Card))!;
        var submit = form["actions"]![0]!;

        Assert.Equal("Action.Execute", submit["type"]!.GetValue<string>());
        Assert.Equal(ButtonData.VerbOf<SubmitComment>(), submit["verb"]!.GetValue<string>());
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

        var read = Assert.IsType<ButtonRead.Understood>(ButtonData.Read(invoke));

        Assert.Equal(new SubmitComment("m/item-7-2017-03-29", "n1") { Delegation = "CZ", Comment = "We agree.", Document = "7130/17" }, read.Action);
    }

    [Theory]
    [InlineData("comment-form")]
    [InlineData("announce-form")]
    public void Every_input_of_a_form_arrives_in_the_data_of_its_submit_button(string kind)
    {
        var form = JsonNode.Parse(CardJson.Serialize(SampleCards.All().Single(s => s.Kind == kind).Card))!;
        var inputIds = Descendants(form).Where(n => n["type"]?.GetValue<string>().StartsWith("Input.") == true)
            .Select(n => n["id"]!.GetValue<string>()).ToList();
        var submitted = Actions(form).Single(a => a["associatedInputs"]?.GetValue<string>() == "auto")["data"]!.AsObject();
        foreach (var id in inputIds) submitted[id] = $"value of {id}";

        var read = Assert.IsType<ButtonRead.Understood>(ButtonData.Read(submitted.ToJsonString()));

        Assert.NotEmpty(inputIds);
        Assert.Subset(typeof(CardInputs).GetFields().Select(field => (string)field.GetValue(null)!).ToHashSet(), inputIds.ToHashSet());
        var written = JsonSerializer.SerializeToNode(read.Action, CardJson.Options)!.AsObject();
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
    [InlineData("""{ "action": { "verb": "delete.everything", "data": { "verb": "delete.everything" } } }""")]
    public void Data_without_a_verb_this_bot_knows_is_unknown(string value) =>
        Assert.IsType<ButtonRead.Unknown>(ButtonData.Read(value));

    [Theory]
    [InlineData("item", """{ "verb": "item", "meetingId": "m" }""")]
    [InlineData("item", """{ "verb": "item", "meetingId": "m", "item": "seven" }""")]
    [InlineData("item", """{ "verb": "item", "meetingId": "m", "item": -1 }""")]
    [InlineData("item", """{ "verb": "item", "meetingId": null, "item": 3 }""")]
    [InlineData("more", """{ "verb": "more", "question": "deadlines", "offset": 0 }""")]
    [InlineData("comment.submit", """{ "verb": "comment.submit", "deadlineId": "d" }""")]
    [InlineData("comment.submit", """{ "verb": "comment.submit", "deadlineId": "d", "nonce": "n", "version": "two" }""")]
    [InlineData("comment.withdraw", """{ "verb": "comment.withdraw", "commentId": "  " }""")]
    [InlineData("announce.ack", """{ "verb": "announce.ack", "announcementId": { "id": "a" } }""")]
    [InlineData("announce.send", """{ "action": { "verb": "comment.withdraw", "data": { "verb": "announce.send", "announcementId": "a" } } }""")]
    [InlineData("help", """{ "action": { "verb": "help", "data": "help" } }""")]
    public void A_known_verb_with_a_missing_blank_or_mistyped_field_is_malformed(string verb, string value)
    {
        var read = Assert.IsType<ButtonRead.Malformed>(ButtonData.Read(value));

        Assert.Equal(verb, read.Verb);
        Assert.False(string.IsNullOrWhiteSpace(read.Problem));
    }

    [Fact]
    public void Each_verb_names_one_kind_of_button_data()
    {
        var verbs = ButtonData.Kinds.Select(ButtonData.VerbOf).ToList();

        Assert.Equal(verbs.Count, verbs.Distinct().Count());
        Assert.All(ButtonData.Kinds, kind => Assert.True(kind.IsSealed, $"{kind.Name} is a verb's record: seal it"));
    }

    private static IEnumerable<JsonNode> Actions(JsonNode node) =>
        Descendants(node).Where(o => o["data"] is JsonObject && o["type"]?.GetValue<string>() is "Action.Execute" or "Action.Submit");

    /// <summary>Every object of the card, fallbacks and button data left out (they repeat their button).</summary>
    private static IEnumerable<JsonObject> Descendants(JsonNode node)
    {
        switch (node)
        {
            case JsonObject obj:
                yield return obj;
                foreach (var (key, child) in obj)
                {
                    if (key is "data" or "fallback" || child is null) continue;
                    foreach (var descendant in Descendants(child)) yield return descendant;
                }
                break;
            case JsonArray array:
                foreach (var child in array.OfType<JsonNode>())
                {
                    foreach (var descendant in Descendants(child)) yield return descendant;
                }
                break;
        }
    }
}
