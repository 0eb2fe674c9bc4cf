using System.Text.Json;

namespace WorkingParty.Minutes.Definitions;

/// <summary>
/// The extraction rules as data: cue phrases, date and document patterns and actor names.
/// The engine (Recognition, Extraction) only applies what is written here; see minutes-definitions.json.
/// </summary>
public sealed record MinutesDefinitions(
    IReadOnlyDictionary<string, string> CharacterReplacements,
    IReadOnlyDictionary<string, int> Months,
    IReadOnlyDictionary<string, string> Fragments,
    IReadOnlyList<DatePatternDefinition> Dates,
    IReadOnlyDictionary<string, int[]> PartsOfMonth,
    IReadOnlyDictionary<string, int[]> PartsOfYear,
    IReadOnlyDictionary<string, int[]> HalvesOfYear,
    TextDefinitions Text,
    DocumentDefinitions Documents,
    ActorDefinitions Actors,
    CueDefinitions Cues,
    DeadlineDefinitions Deadlines,
    MeetingDefinitions Meeting,
    LayoutDefinitions Layout,
    IReadOnlyDictionary<string, int[]>? QuartersOfYear = null,
    DueDayDefinitions? DueDays = null)
{
    private const string ResourceName = "WorkingParty.Minutes.Definitions.minutes-definitions.json";
    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };
    private static readonly Lazy<string> EmbeddedJson = new(LoadEmbeddedJson);
    private static readonly Lazy<MinutesDefinitions> Embedded = new(() => Parse(EmbeddedJson.Value));

    /// <summary>The definitions shipped inside this assembly.</summary>
    public static MinutesDefinitions Default => Embedded.Value;

    /// <summary>The JSON text of the definitions shipped inside this assembly.</summary>
    public static string DefaultJson => EmbeddedJson.Value;

    public static MinutesDefinitions Parse(string json) =>
        JsonSerializer.Deserialize<MinutesDefinitions>(json, JsonOptions)
        ?? throw new InvalidDataException("The minutes definitions are empty.");

    private static string LoadEmbeddedJson()
    {
        using var stream = typeof(MinutesDefinitions).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

public sealed record DatePatternDefinition(string Name, string Pattern);

/// <summary>
/// The day a deadline given as part of a month or year falls on: <paramref name="PartsOfMonth"/> gives the day of the
/// month for each part ("end": 31, the month's last; "mid": 15), <paramref name="PartsOfYear"/> the parts of a year or
/// quarter due on its last day ("end").
/// </summary>
public sealed record DueDayDefinitions(IReadOnlyDictionary<string, int> PartsOfMonth, IReadOnlyList<string> PartsOfYear);

public sealed record TextDefinitions(
    IReadOnlyList<string> ItemHeadings,
    int MaxItemTitleLength,
    string TitleContinuesAfter,
    string TitleContinuationStart,
    string TitleContinuesOverWrap,
    IReadOnlyList<string> SentenceAbbreviations,
    IReadOnlyList<string> HyphenKeepingPrefixes);

public sealed record DocumentDefinitions(IReadOnlyList<string> Patterns, string BackReferences);

public sealed record InstitutionDefinition(string Name, IReadOnlyList<string> Aliases);

public sealed record ActorDefinitions(
    IReadOnlyList<InstitutionDefinition> Institutions,
    string CommissionUnit,
    IReadOnlyDictionary<string, string> Directorates,
    string DelegationList,
    string CodeList,
    string NationalAuthority,
    string BareDelegationCode,
    IReadOnlyList<string> AmbiguousCodes,
    string BareCountry,
    string SpeechVerbs,
    string FiniteVerbs,
    string CarryOverPronouns);

public sealed record CueDefinitions(
    string Past,
    string Future,
    string NextMeeting,
    string AtMeeting,
    IReadOnlyList<string> NextMeetingSpeakers,
    string Workshop,
    string Superseded,
    string FollowUp,
    string Cancelled,
    string ClauseBoundary,
    string Additional,
    string SupersededAfter,
    string DocumentDate,
    string Postponed,
    string PostponedAfter,
    string OwnMeetingMoved,
    string CalendarHeading,
    string CalendarTitle,
    string OtherBody,
    string? CalendarList = null,
    string? PresidencyDelegation = null,
    string? Undecided = null,
    string? PastPerfectAfter = null,
    string? OwnNamedNextMeeting = null);

public sealed record DeadlineDefinitions(
    IReadOnlyList<string> Patterns,
    IReadOnlyList<string> SubjectTrims,
    IReadOnlyList<string> RequestedFrom,
    string DefaultRequestedFrom,
    string? Coordinated = null,
    string? PastHistory = null,
    string? FirstSetClause = null,
    string? FirstSetBefore = null,
    string? FirstSetFrom = null);

public sealed record BodyDefinition(string Name, IReadOnlyList<string> Aliases, IReadOnlyList<string> FileNameTokens, string Slug);

public sealed record MeetingDefinitions(
    IReadOnlyList<string> HeadingDates,
    string FileNameDate,
    string HeadingTitle,
    string HeadingBody,
    string Addressees,
    string AddresseeBody,
    IReadOnlyList<string> BodyNoise,
    string DefaultBody,
    IReadOnlyDictionary<string, string> BodySlugWords,
    IReadOnlyList<string> BodySlugStopWords,
    IReadOnlyList<BodyDefinition> Bodies,
    string? StackedDateLabel = null,
    string? StackedColumnLabel = null,
    IReadOnlyList<string>? DateFields = null,
    string? JointBodies = null);

/// <summary>How the parts of a Council document are told apart, whatever shape its text came in.</summary>
public sealed record LayoutDefinitions(
    int FlattenedLineLength,
    IReadOnlyList<string> FlattenedBreaks,
    string FlattenedItemNumber,
    string FlattenedFooter,
    IReadOnlyList<string> Furniture,
    string FurnitureEnd,
    string OneLineFooter,
    string AlwaysFurniture,
    string PageNumber,
    string Footnote,
    string FootnoteMarker,
    string IssueDate,
    string IssueDateStamp,
    string Language,
    string DocumentNumber,
    string ClassificationCode,
    string Limite,
    IReadOnlyList<string> Kinds,
    string HeaderField,
    string OtherHeaderLabel,
    IReadOnlyList<string> SubjectDates,
    string NumberAlone,
    string TitleStart,
    string SubItemHeading,
    string SubItemAlone,
    string UnnumberedItem,
    string DashHeading,
    string SessionHeading,
    string MinutesVocabulary,
    int MinutesVocabularyHits,
    string TitleEndsBefore,
    string TitleWordsBeforeEnd,
    string? PreambleStart = null,
    string? PreambleInLine = null,
    string? FlattenedFirstSubItem = null,
    string? HeaderDocumentLabel = null,
    string? TitleReferences = null,
    IReadOnlyDictionary<string, string>? HeaderLabelAliases = null);
