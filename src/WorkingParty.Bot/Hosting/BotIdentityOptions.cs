namespace WorkingParty.Bot.Hosting;

/// <summary>The bot's Microsoft App settings at the root of the configuration, as the Bot Framework reads them.</summary>
public sealed class BotIdentityOptions
{
    /// <summary>The bot's app id; empty runs the bot anonymously (local clients only).</summary>
    public string MicrosoftAppId { get; set; } = string.Empty;
}
