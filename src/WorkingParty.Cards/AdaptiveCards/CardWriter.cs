using System.Buffers;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using WorkingParty.Cards.Actions;

namespace WorkingParty.Cards.AdaptiveCards;

/// <summary>
/// Writes a card's JSON property by property, byte for byte as the serialiser writes it with <see cref="CardJson.Options"/>
/// (the "type" discriminator first, then a record's own properties in declaration order, then those of its base; camelCase
/// names and enum values; nulls left out), without the serialiser's converters and per-property machinery: a composed
/// answer's card was about a fifth of its answering and rendering. The discriminators are read from the
/// <see cref="JsonDerivedTypeAttribute"/>s of <see cref="CardElement"/> and <see cref="CardAction"/>; button data, which
/// the bot reads back with the same contract (<see cref="ButtonData.Read(string)"/>), is still written by the serialiser.
/// <c>tests/WorkingParty.Cards.Tests/CardJsonTests.cs</c> compares every sample card with the serialiser's JSON.
/// </summary>
internal static class CardWriter
{
    private static readonly Dictionary<Type, JsonEncodedText> Kinds = new[] { typeof(CardElement), typeof(CardAction) }
        .SelectMany(polymorphic => polymorphic.GetCustomAttributes<JsonDerivedTypeAttribute>())
        .ToDictionary(derived => derived.DerivedType, derived => JsonEncodedText.Encode((string)derived.TypeDiscriminator!));

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? _writer;

    public static string Write(AdaptiveCard card)
    {
        var buffer = _buffer ??= new ArrayBufferWriter<byte>(16 * 1024);
        buffer.ResetWrittenCount();
        var writer = _writer ??= new Utf8JsonWriter(buffer);
        writer.Reset(buffer);
        Card(writer, card);
        writer.Flush();
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void Card(Utf8JsonWriter writer, AdaptiveCard card)
    {
        writer.WriteStartObject();
        writer.WriteString(Names.Type, card.Type);
        writer.WriteString(Names.Schema, card.Schema);
        writer.WriteString(Names.Version, card.Version);
        List(writer, Names.Body, card.Body, Element);
        List(writer, Names.Actions, card.Actions, Action);
        Text(writer, Names.FallbackText, card.FallbackText);
        if (card.Teams is { } teams)
        {
            writer.WriteStartObject(Names.Teams);
            Text(writer, Names.Width, teams.Width);
            writer.WriteEndObject();
        }
        writer.WriteEndObject();
    }

    private static void Element(Utf8JsonWriter writer, CardElement element)
    {
        writer.WriteStartObject();
        writer.WriteString(Names.Type, Kinds[element.GetType()]);
        switch (element)
        {
            case TextBlock block:
                Text(writer, Names.Text, block.Text);
                Flag(writer, Names.Wrap, block.Wrap);
                Word(writer, Names.Size, block.Size);
                Word(writer, Names.Weight, block.Weight);
                Word(writer, Names.Color, block.Color);
                Flag(writer, Names.IsSubtle, block.IsSubtle);
                Number(writer, Names.MaxLines, block.MaxLines);
                break;
            case RichTextBlock rich:
                List(writer, Names.Inlines, rich.Inlines, Run);
                break;
            case FactSet facts:
                List(writer, Names.Facts, facts.Facts, static (w, fact) => Pair(w, fact.Title, fact.Value));
                break;
            case Container container:
                List(writer, Names.Items, container.Items, Element);
                Word(writer, Names.Style, container.Style);
                if (container.SelectAction is { } select) Action(writer, Names.SelectAction, select);
                break;
            case ColumnSet columns:
                List(writer, Names.Columns, columns.Columns, Column);
                break;
            case ActionSet actions:
                List(writer, Names.Actions, actions.Actions, Action);
                break;
            case InputText input:
                Text(writer, Names.Label, input.Label);
                Text(writer, Names.Placeholder, input.Placeholder);
                Text(writer, Names.Value, input.Value);
                Flag(writer, Names.IsMultiline, input.IsMultiline);
                Number(writer, Names.MaxLength, input.MaxLength);
                Flag(writer, Names.IsRequired, input.IsRequired);
                Text(writer, Names.ErrorMessage, input.ErrorMessage);
                break;
            case InputChoiceSet choices:
                List(writer, Names.Choices, choices.Choices, static (w, choice) => Pair(w, choice.Title, choice.Value));
                Text(writer, Names.Label, choices.Label);
                Text(writer, Names.Placeholder, choices.Placeholder);
                Text(writer, Names.Value, choices.Value);
                Word(writer, Names.Style, choices.Style);
                Flag(writer, Names.IsRequired, choices.IsRequired);
                Text(writer, Names.ErrorMessage, choices.ErrorMessage);
                break;
            case InputDate date:
                Text(writer, Names.Label, date.Label);
                Text(writer, Names.Value, date.Value);
                Text(writer, Names.Min, date.Min);
                Flag(writer, Names.IsRequired, date.IsRequired);
                Text(writer, Names.ErrorMessage, date.ErrorMessage);
                break;
            case InputToggle toggle:
                Text(writer, Names.Title, toggle.Title);
                Text(writer, Names.Label, toggle.Label);
                Text(writer, Names.Value, toggle.Value);
                Text(writer, Names.ValueOn, toggle.ValueOn);
                Text(writer, Names.ValueOff, toggle.ValueOff);
                break;
            default:
                throw new NotSupportedException($"No JSON is written for a {element.GetType().Name}.");
        }
        Text(writer, Names.Id, element.Id);
        Word(writer, Names.Spacing, element.Spacing);
        Flag(writer, Names.Separator, element.Separator);
        Flag(writer, Names.IsVisible, element.IsVisible);
        writer.WriteEndObject();
    }

    private static void Run(Utf8JsonWriter writer, TextRun run)
    {
        writer.WriteStartObject();
        Text(writer, Names.Text, run.Text);
        writer.WriteString(Names.Type, run.Type);
        Word(writer, Names.Weight, run.Weight);
        Flag(writer, Names.Italic, run.Italic);
        Flag(writer, Names.IsSubtle, run.IsSubtle);
        Word(writer, Names.Color, run.Color);
        Flag(writer, Names.Highlight, run.Highlight);
        writer.WriteEndObject();
    }

    private static void Column(Utf8JsonWriter writer, Column column)
    {
        writer.WriteStartObject();
        List(writer, Names.Items, column.Items, Element);
        writer.WriteString(Names.Type, column.Type);
        Text(writer, Names.Width, column.Width);
        Text(writer, Names.VerticalContentAlignment, column.VerticalContentAlignment);
        writer.WriteEndObject();
    }

    private static void Action(Utf8JsonWriter writer, JsonEncodedText name, CardAction action)
    {
        writer.WritePropertyName(name);
        Action(writer, action);
    }

    private static void Action(Utf8JsonWriter writer, CardAction action)
    {
        writer.WriteStartObject();
        writer.WriteString(Names.Type, Kinds[action.GetType()]);
        switch (action)
        {
            case ExecuteAction execute:
                Text(writer, Names.Verb, execute.Verb);
                Data(writer, execute.Data);
                Text(writer, Names.AssociatedInputs, execute.AssociatedInputs);
                if (execute.Fallback is { } fallback) Action(writer, Names.Fallback, fallback);
                break;
            case SubmitAction submit:
                Data(writer, submit.Data);
                Text(writer, Names.AssociatedInputs, submit.AssociatedInputs);
                break;
            case OpenUrlAction open:
                Text(writer, Names.Url, open.Url?.OriginalString);
                break;
            case ToggleVisibilityAction toggle:
                List(writer, Names.TargetElements, toggle.TargetElements, static (w, target) => w.WriteStringValue(target));
                break;
            default:
                throw new NotSupportedException($"No JSON is written for a {action.GetType().Name}.");
        }
        Text(writer, Names.Title, action.Title);
        Word(writer, Names.Style, action.Style);
        writer.WriteEndObject();
    }

    private static void Data(Utf8JsonWriter writer, ButtonData? data)
    {
        if (data is null) return;
        writer.WritePropertyName(Names.Data);
        JsonSerializer.Serialize(writer, data, CardJson.Options);
    }

    private static void Pair(Utf8JsonWriter writer, string title, string value)
    {
        writer.WriteStartObject();
        Text(writer, Names.Title, title);
        Text(writer, Names.Value, value);
        writer.WriteEndObject();
    }

    private static void List<T>(Utf8JsonWriter writer, JsonEncodedText name, IReadOnlyList<T>? items, Action<Utf8JsonWriter, T> write)
    {
        if (items is null) return;
        writer.WriteStartArray(name);
        foreach (var item in items)
        {
            if (item is null) writer.WriteNullValue();
            else write(writer, item);
        }
        writer.WriteEndArray();
    }

    private static void Text(Utf8JsonWriter writer, JsonEncodedText name, string? value)
    {
        if (value is not null) writer.WriteString(name, value);
    }

    private static void Flag(Utf8JsonWriter writer, JsonEncodedText name, bool? value)
    {
        if (value is { } flag) writer.WriteBoolean(name, flag);
    }

    private static void Number(Utf8JsonWriter writer, JsonEncodedText name, int? value)
    {
        if (value is { } number) writer.WriteNumber(name, number);
    }

    private static void Word<T>(Utf8JsonWriter writer, JsonEncodedText name, T? value) where T : struct, Enum
    {
        if (value is { } word) writer.WriteString(name, EnumWords<T>.Of[word]);
    }

    /// <summary>An enum's values as <see cref="CardJson.Options"/>' string enum converter writes them: camelCase names.</summary>
    private static class EnumWords<T> where T : struct, Enum
    {
        public static readonly Dictionary<T, JsonEncodedText> Of = Enum.GetValues<T>()
            .ToDictionary(value => value, value => JsonEncodedText.Encode(JsonNamingPolicy.CamelCase.ConvertName(value.ToString())));
    }

    private static class Names
    {
        public static readonly JsonEncodedText Type = JsonEncodedText.Encode("type");
        public static readonly JsonEncodedText Schema = JsonEncodedText.Encode("$schema");
        public static readonly JsonEncodedText Version = JsonEncodedText.Encode("version");
        public static readonly JsonEncodedText Body = JsonEncodedText.Encode("body");
        public static readonly JsonEncodedText Actions = JsonEncodedText.Encode("actions");
        public static readonly JsonEncodedText FallbackText = JsonEncodedText.Encode("fallbackText");
        public static readonly JsonEncodedText Teams = JsonEncodedText.Encode("msteams");
        public static readonly JsonEncodedText Width = JsonEncodedText.Encode("width");
        public static readonly JsonEncodedText Text = JsonEncodedText.Encode("text");
        public static readonly JsonEncodedText Wrap = JsonEncodedText.Encode("wrap");
        public static readonly JsonEncodedText Size = JsonEncodedText.Encode("size");
        public static readonly JsonEncodedText Weight = JsonEncodedText.Encode("weight");
        public static readonly JsonEncodedText Color = JsonEncodedText.Encode("color");
        public static readonly JsonEncodedText IsSubtle = JsonEncodedText.Encode("isSubtle");
        public static readonly JsonEncodedText MaxLines = JsonEncodedText.Encode("maxLines");
        public static readonly JsonEncodedText Inlines = JsonEncodedText.Encode("inlines");
        public static readonly JsonEncodedText Italic = JsonEncodedText.Encode("italic");
        public static readonly JsonEncodedText Highlight = JsonEncodedText.Encode("highlight");
        public static readonly JsonEncodedText Facts = JsonEncodedText.Encode("facts");
        public static readonly JsonEncodedText Title = JsonEncodedText.Encode("title");
        public static readonly JsonEncodedText Value = JsonEncodedText.Encode("value");
        public static readonly JsonEncodedText Items = JsonEncodedText.Encode("items");
        public static readonly JsonEncodedText Style = JsonEncodedText.Encode("style");
        public static readonly JsonEncodedText SelectAction = JsonEncodedText.Encode("selectAction");
        public static readonly JsonEncodedText Columns = JsonEncodedText.Encode("columns");
        public static readonly JsonEncodedText VerticalContentAlignment = JsonEncodedText.Encode("verticalContentAlignment");
        public static readonly JsonEncodedText Label = JsonEncodedText.Encode("label");
        public static readonly JsonEncodedText Placeholder = JsonEncodedText.Encode("placeholder");
        public static readonly JsonEncodedText IsMultiline = JsonEncodedText.Encode("isMultiline");
        public static readonly JsonEncodedText MaxLength = JsonEncodedText.Encode("maxLength");
        public static readonly JsonEncodedText IsRequired = JsonEncodedText.Encode("isRequired");
        public static readonly JsonEncodedText ErrorMessage = JsonEncodedText.Encode("errorMessage");
        public static readonly JsonEncodedText Choices = JsonEncodedText.Encode("choices");
        public static readonly JsonEncodedText Min = JsonEncodedText.Encode("min");
        public static readonly JsonEncodedText ValueOn = JsonEncodedText.Encode("valueOn");
        public static readonly JsonEncodedText ValueOff = JsonEncodedText.Encode("valueOff");
        public static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
        public static readonly JsonEncodedText Spacing = JsonEncodedText.Encode("spacing");
        public static readonly JsonEncodedText Separator = JsonEncodedText.Encode("separator");
        public static readonly JsonEncodedText IsVisible = JsonEncodedText.Encode("isVisible");
        public static readonly JsonEncodedText Verb = JsonEncodedText.Encode("verb");
        public static readonly JsonEncodedText Data = JsonEncodedText.Encode("data");
        public static readonly JsonEncodedText AssociatedInputs = JsonEncodedText.Encode("associatedInputs");
        public static readonly JsonEncodedText Fallback = JsonEncodedText.Encode("fallback");
        public static readonly JsonEncodedText Url = JsonEncodedText.Encode("url");
        public static readonly JsonEncodedText TargetElements = JsonEncodedText.Encode("targetElements");
    }
}
