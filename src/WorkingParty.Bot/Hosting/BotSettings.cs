using WorkingParty.Bot.Features.Questions;
using WorkingParty.Bot.Hosting.ServiceDefaults;

namespace WorkingParty.Bot.Hosting;

/// <summary>Whether a deployment to Azure sets a setting.</summary>
public enum InAzure
{
    /// <summary>The deployment template sets it.</summary>
    Set,

    /// <summary>Left out: its default is right in Azure, or it is an optional extra.</summary>
    Default,

    /// <summary>Never set in Azure (local development and tests only).</summary>
    Never,
}

/// <summary>A configuration key the bot reads (":"-separated; "__" in environment variables and App Service settings).</summary>
public sealed record BotSetting(string Key, InAzure InAzure, string Meaning);

/// <summary>
/// Every configuration key the bot itself reads, for the configuration table and the deployment template's test
/// (which also records the keys the running host asks for, so that this list cannot fall behind the code).
/// </summary>
public static class BotSettings
{
    public static IReadOnlyList<BotSetting> All { get; } =
    [
        new("MicrosoftAppType", InAzure.Set, "UserAssignedMSI in Azure; the Bot Framework SDK's authentication reads it"),
        new("MicrosoftAppId", InAzure.Set, "The bot's app id: the managed identity's client id; empty runs anonymous (Agents Playground)"),
        new("MicrosoftAppTenantId", InAzure.Set, "The tenant of the managed identity"),
        new("MicrosoftAppPassword", InAzure.Never, "Only for a client-secret app registration; a managed identity has none"),
        new("Bot:PublicUrl", InAzure.Set, "Where users' browsers reach the bot (calendar files, exports); http://localhost:3978 by default"),
        new("Storage:ConnectionString", InAzure.Set, "Azure Storage for documents and the work queue; local files when empty"),
        new("Storage:Container", InAzure.Set, $"The blob container ({StorageOptions.DefaultContainer} by default)"),
        new("Storage:Queue", InAzure.Set, $"The work queue ({StorageOptions.DefaultQueue} by default)"),
        new("Storage:Folder", InAzure.Never, $"The local file store ({StorageOptions.DefaultFolder} by default), unused with a connection string"),
        new("Minutes:Folder", InAzure.Default, "Minutes ingested at start-up: the sample minutes shipped with the bot by default"),
        new("Minutes:AllowedDownloadOrigins", InAzure.Default, "Where minutes files sent to the bot may be fetched from: Teams' SharePoint and OneDrive hosts by default"),
        new("Minutes:DownloadTimeout", InAzure.Default, "The most a whole minutes download may take (60 seconds)"),
        new("Minutes:CacheIndex", InAzure.Default, "Keeps the built full-text index between starts, so that a restart on the same minutes loads it (true by default)"),
        new("Minutes:IndexCacheFolder", InAzure.Default, "Where that index is kept: .index-cache in the file store's folder, or with Azure Storage the machine's temporary folder, by default"),
        new("Exports:AllowedUploadOrigins", InAzure.Default, "Where an export file a user allowed may be uploaded: Teams' SharePoint and OneDrive hosts by default"),
        new("Clock:TimeZone", InAzure.Set, "The working party's time zone, Europe/Brussels by default"),
        new("Clock:Today", InAzure.Never, "Pins today's date, for tests and demonstrations"),
        new("Secretariat:Members", InAzure.Set, "Entra object ids or user principal names of the secretariat (a principal name is looked up with the Teams member API)"),
        new("Secretariat:TeamId", InAzure.Default, "A Teams team whose members also belong to the secretariat; none by default"),
        new("Secretariat:RosterCacheDuration", InAzure.Default, "How long that team's member list is trusted (10 minutes)"),
        new("Secretariat:Body", InAzure.Default, "The working party's name in moved-meeting notices; taken from the minutes when empty"),
        new("Broadcast", InAzure.Default, "Sending announcements: rate, concurrency, retries (BroadcastOptions, each with its default)"),
        new("Reminders", InAzure.Default, "Deadline reminders: days before, check interval, audience (ReminderOptions)"),
        new("Questions:KeptReplies", InAzure.Default, $"Replies to recent questions kept for reuse ({RecentReplies.DefaultCapacity}; 0 keeps none)"),
        new("Comments:MaxTextLength", InAzure.Default, "Longest comment accepted (5000 characters)"),
        new("Comments:MaxDocumentReferenceLength", InAzure.Default, "Longest document reference accepted (200 characters)"),
        new("Comments:MaxPerUserPerDeadline", InAzure.Default, "Most comments one user may file on one deadline (30)"),
        new("Comments:MaxPerUserPerDay", InAzure.Default, "Most comments one user may file in one day, on all deadlines (100)"),
        new("Comments:Delegates", InAzure.Default, "The delegation roster's seed: per delegation code, users by Entra object id or UPN; none by default"),
        new(TelemetryRegistration.AzureMonitorKey, InAzure.Set, "Application Insights' connection string: traces and metrics go to Azure Monitor when set (the deployment template sets it)"),
        new(TelemetryRegistration.ConsoleKey, InAzure.Never, "true writes traces and metrics to the console (local runs); false by default"),
        .. BotFrameworkCloud(
            "ChannelService", "ValidateAuthority", "ToChannelFromBotLoginUrl", "ToChannelFromBotOAuthScope", "ToBotFromChannelTokenIssuer",
            "ToBotFromChannelOpenIdMetadataUrl", "ToBotFromEmulatorOpenIdMetadataUrl", "OAuthUrl", "CallerId"),
        .. OpenTelemetrySdk(
            "OTEL_SDK_DISABLED", "OTEL_SERVICE_NAME", "OTEL_RESOURCE_ATTRIBUTES", "OTEL_TRACES_SAMPLER", "OTEL_METRICS_EXEMPLAR_FILTER",
            "OTEL_LOG_LEVEL", "OTEL_DOTNET_SELF_DIAGNOSTICS_ENV_VARS", "OTEL_DOTNET_SELF_DIAGNOSTICS_LOG_DIRECTORY", "OTEL_DOTNET_SELF_DIAGNOSTICS_SINKS",
            "OTEL_DOTNET_EXPERIMENTAL_METRICS_EXEMPLAR_FILTER_HISTOGRAMS", "OTEL_DOTNET_EXPERIMENTAL_ASPNETCORE_DISABLE_URL_QUERY_REDACTION",
            "OTEL_DOTNET_EXPERIMENTAL_ASPNETCORE_ENABLE_GRPC_INSTRUMENTATION", "OTEL_DOTNET_EXPERIMENTAL_ASPNETCORE_ENABLE_NEW_ROOT_SPAN",
            "OTEL_DOTNET_EXPERIMENTAL_HTTPCLIENT_DISABLE_URL_QUERY_REDACTION", "OpenTelemetry:SelfDiagnostics"),
    ];

    /// <summary>The OpenTelemetry SDK's own settings (the standard OTEL_* variables): its defaults unless set.</summary>
    private static IEnumerable<BotSetting> OpenTelemetrySdk(params string[] keys) =>
        keys.Select(key => new BotSetting(key, InAzure.Default, "OpenTelemetry SDK: its standard setting, the SDK's default unless set"));

    /// <summary>The Bot Framework SDK's authentication endpoints: the public Azure cloud unless set (sovereign clouds, offline tests).</summary>
    private static IEnumerable<BotSetting> BotFrameworkCloud(params string[] keys) =>
        keys.Select(key => new BotSetting(key, InAzure.Default, "Bot Framework SDK: the public Azure cloud's value by default"));
}
