using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace WorkingParty.Cards.Actions;

/// <summary>
/// What a card button sends back: one record per verb (the <c>*Actions.cs</c> files beside this one), written on the
/// card as <c>{"verb": …, its fields…}</c>. Universal Actions deliver it as <c>value.action.data</c>, Action.Submit as
/// <c>value</c>, both with the card's inputs merged in; <see cref="Read(string)"/> reads either, once, where the activity arrives.
/// A new verb is its record beside the others and one line in the list below.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = VerbField)]
[JsonDerivedType(typeof(OpenItem), "item")]
[JsonDerivedType(typeof(Ask), "ask")]
[JsonDerivedType(typeof(ShowMore), "more")]
[JsonDerivedType(typeof(ShowHelp), "help")]
[JsonDerivedType(typeof(WriteComment), "comment.write")]
[JsonDerivedType(typeof(SubmitComment), "comment.submit")]
[JsonDerivedType(typeof(EditComment), "comment.edit")]
[JsonDerivedType(typeof(WithdrawComment), "comment.withdraw")]
[JsonDerivedType(typeof(ShowMyComments), "comment.mine")]
[JsonDerivedType(typeof(ShowLateComments), "comment.late")]
[JsonDerivedType(typeof(AcceptLateComment), "comment.acceptlate")]
[JsonDerivedType(typeof(ShowDelegationRoster), "roster.show")]
[JsonDerivedType(typeof(ChangeDelegation), "roster.change")]
[JsonDerivedType(typeof(AssignDelegation), "roster.assign")]
[JsonDerivedType(typeof(PreviewAnnouncement), "announce.preview")]
[JsonDerivedType(typeof(EditAnnouncement), "announce.edit")]
[JsonDerivedType(typeof(SendAnnouncement), "announce.send")]
[JsonDerivedType(typeof(AcknowledgeAnnouncement), "announce.ack")]
[JsonDerivedType(typeof(RefreshAnnouncementStatus), "announce.status")]
[JsonDerivedType(typeof(ExportAcknowledgements), "announce.export")]
[JsonDerivedType(typeof(AcceptExportFile), "export.accept")]
[JsonDerivedType(typeof(DeclineExportFile), "export.decline")]
[JsonDerivedType(typeof(PublishMinutes), "minutes.publish")]
[JsonDerivedType(typeof(DiscardMinutes), "minutes.discard")]
[JsonDerivedType(typeof(AnnounceMinutes), "minutes.announce")]
[JsonDerivedType(typeof(SaveMinutesReview), "minutes.review.save")]
[JsonDerivedType(typeof(ShowStoredMinutes), "minutes.list")]
[JsonDerivedType(typeof(WithdrawMinutes), "minutes.withdraw")]
[JsonDerivedType(typeof(RestoreMinutes), "minutes.restore")]
[JsonDerivedType(typeof(ReviewStoredMinutes), "minutes.review.open")]
public abstract record ButtonData
{
    private const string VerbField = "verb";

    private static readonly Dictionary<string, Type> KindOfVerb = typeof(ButtonData).GetCustomAttributes<JsonDerivedTypeAttribute>()
        .ToDictionary(verb => (string)verb.TypeDiscriminator!, verb => verb.DerivedType, StringComparer.Ordinal);

    private static readonly Dictionary<Type, string> VerbOfKind = KindOfVerb.ToDictionary(verb => verb.Value, verb => verb.Key);

    private static readonly Dictionary<Type, PropertyInfo[]> RequiredText = VerbOfKind.Keys.ToDictionary(kind => kind, RequiredTextOf);

    // A field the record requires that is missing, or null where it may not be, is a malformed button, not a default.
    private static readonly JsonSerializerOptions Strict = new(CardJson.Options)
    {
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    [JsonIgnore]
    public string Verb => VerbOfKind[GetType()];

    /// <summary>Every kind of button data, one per verb.</summary>
    public static IReadOnlyCollection<Type> Kinds => VerbOfKind.Keys;

    public static string VerbOf(Type kind) => VerbOfKind[kind];

    public static string VerbOf<T>() where T : ButtonData => VerbOf(typeof(T));

    /// <summary>
    /// Whether the fields are usable: no text the record requires (a <c>string</c>, not a <c>string?</c>) is blank.
    /// A record adds its own rules (no item 0). Anything else is a forged or damaged button.
    /// </summary>
    protected virtual bool IsComplete => RequiredText[GetType()].All(text => !string.IsNullOrWhiteSpace((string?)text.GetValue(this)));

    /// <summary>The value of an <c>adaptiveCard/action</c> invoke or of a message-back submit, as JSON.</summary>
    public static ButtonRead Read(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return Read(document.RootElement);
        }
        catch (JsonException)
        {
            return new ButtonRead.Unknown(null);
        }
    }

    public static ButtonRead Read(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Object) return new ButtonRead.Unknown(null);
        var data = value;
        string? invokeVerb = null;
        if (value.TryGetProperty("action", out var action) && action.ValueKind == JsonValueKind.Object)
        {
            invokeVerb = StringField(action, VerbField);
            data = action.TryGetProperty("data", out var sent) ? sent : default;
        }
        var verb = data.ValueKind == JsonValueKind.Object ? StringField(data, VerbField) ?? invokeVerb : invokeVerb;
        if (verb is null || !KindOfVerb.TryGetValue(verb, out var kind)) return new ButtonRead.Unknown(verb);
        if (data.ValueKind != JsonValueKind.Object) return new ButtonRead.Malformed(verb, "it carries no data");
        if (invokeVerb is not null && invokeVerb != verb) return new ButtonRead.Malformed(verb, $"its invoke names the verb '{invokeVerb}'");
        try
        {
            var read = (ButtonData)data.Deserialize(kind, Strict)!;
            return read.IsComplete ? new ButtonRead.Understood(read) : new ButtonRead.Malformed(verb, "a field it needs is empty or out of range");
        }
        catch (JsonException e)
        {
            return new ButtonRead.Malformed(verb, e.Message);
        }
    }

    private static PropertyInfo[] RequiredTextOf(Type kind)
    {
        var nullability = new NullabilityInfoContext();
        return kind.GetProperties()
            .Where(property => property.PropertyType == typeof(string) && property.DeclaringType != typeof(ButtonData))
            .Where(property => nullability.Create(property).ReadState == NullabilityState.NotNull)
            .ToArray();
    }

    private static string? StringField(JsonElement json, string name) =>
        json.TryGetProperty(name, out var field) && field.ValueKind == JsonValueKind.String ? field.GetString() : null;
}

/// <summary>What a pressed button sent, as <see cref="ButtonData.Read(JsonElement)"/> understood it.</summary>
public abstract record ButtonRead
{
    private ButtonRead()
    {
    }

    /// <summary>A known verb with everything it needs.</summary>
    public sealed record Understood(ButtonData Action) : ButtonRead;

    /// <summary>No verb, or one this bot does not know: a card of an older version, or not a card at all.</summary>
    public sealed record Unknown(string? Verb) : ButtonRead;

    /// <summary>A known verb whose data lacks a field or has one of the wrong type: forged, or damaged on the way.</summary>
    public sealed record Malformed(string Verb, string Problem) : ButtonRead;
}
