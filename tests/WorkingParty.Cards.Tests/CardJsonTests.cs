using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
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
    public void Prepare_builds_the_contract_of_every_kind_of_button_data_a_card_can_hold()
    {
        CardJson.Prepare();

        var kinds = typeof(ButtonData).GetCustomAttributes<JsonDerivedTypeAttribute>().Select(derived => derived.DerivedType);
        Assert.All(kinds.Append(typeof(ButtonData)), kind => Assert.Contains(kind, CardJson.ContractTypes));
        Assert.True(CardJson.Options.IsReadOnly);
    }

    [Fact]
    public void Every_sample_card_is_written_after_prepare_as_a_serialiser_that_never_prepared_writes_it()
    {
        CardJson.Prepare();
        var unprepared = new JsonSerializerOptions(CardJson.Options) { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };

        Assert.All(SampleCards.All(), sample => Assert.Equal(JsonSerializer.Serialize(sample.Card, unprepared), CardJson.Serialize(sample.Card)));
    }

    [Fact]
    public void A_card_with_every_kind_of_element_and_action_and_every_property_set_is_written_as_the_serialiser_writes_it()
    {
        var written = CardJson.Serialize(EveryKindCard);
        var kinds = Regex.Matches(written, "\"type\":\"([A-Za-z.]+)\"").Select(match => match.Groups[1].Value).ToHashSet();
        var declared = new[] { typeof(CardElement), typeof(CardAction) }
            .SelectMany(polymorphic => polymorphic.GetCustomAttributes<JsonDerivedTypeAttribute>().Select(derived => (string)derived.TypeDiscriminator!));

        Assert.All(declared, kind => Assert.Contains(kind, kinds));
        Assert.Equal(JsonSerializer.Serialize(EveryKindCard, Unprepared), written);
    }

    private static readonly JsonSerializerOptions Unprepared = new(CardJson.Options) { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };

    // Every element and action kind, every property given (enum values from every end of their lists), text that must be
    // escaped (quotes, a line break, markup, non-ASCII) and a null list entry.
    private static readonly AdaptiveCard EveryKindCard = new()
    {
        Body =
        [
            new TextBlock("\"Quoted\" <b>bold</b> & 'apostrophe'\nÉtat membre — 7130/17 + €")
            {
                Wrap = false, Size = TextSize.ExtraLarge, Weight = TextWeight.Lighter, Color = TextColor.Attention, IsSubtle = true,
                MaxLines = 3, Id = "block", Spacing = Spacing.ExtraLarge, Separator = false, IsVisible = true,
            },
            new RichTextBlock([new TextRun("run") { Weight = TextWeight.Bolder, Italic = true, IsSubtle = false, Color = TextColor.Good, Highlight = true }]),
            new FactSet([new Fact("Title", "Value"), Fact.Literal("*Literal*", "_value_")]) { Spacing = Spacing.None },
            new Container([new TextBlock("inside"), null!])
            {
                Style = ContainerStyle.Emphasis,
                SelectAction = new ToggleVisibilityAction("Toggle", ["block", "more"]) { Style = ActionStyle.Destructive },
                IsVisible = false,
            },
            new ColumnSet([new Column([new TextBlock("left")]) { Width = "auto", VerticalContentAlignment = "center" }]),
            new ActionSet(
            [
                new ExecuteAction("Write", "comment.write", new Ask("when is the next meeting?"))
                {
                    AssociatedInputs = "none", Style = ActionStyle.Positive,
                    Fallback = new SubmitAction("Write", new ShowMore("open deadlines", 15)) { AssociatedInputs = "auto" },
                },
                new OpenUrlAction("Open", new Uri("https://bot.example.org/calendar/a b.ics?x=1&y=é")),
            ]),
            new InputText
            {
                Label = "Comment", Placeholder = "Type", Value = "v", IsMultiline = true, MaxLength = 4000, IsRequired = true,
                ErrorMessage = "Needed", Id = "comment",
            },
            new InputChoiceSet([new Choice("Belgium", "BE")])
            {
                Label = "Delegation", Placeholder = "Choose", Value = "BE", Style = ChoiceInputStyle.Expanded, IsRequired = false,
                ErrorMessage = "Choose one",
            },
            new InputDate { Label = "Date", Value = "2017-03-29", Min = "2017-03-01", IsRequired = true, ErrorMessage = "A date" },
            new InputToggle("Agree") { Label = "Consent", Value = "true", ValueOn = "yes", ValueOff = "no", Separator = true },
        ],
        Actions = [new SubmitAction("Help", new ShowHelp())],
        FallbackText = "Fallback",
    };
}
