namespace WorkingParty.Answers.Understanding;

/// <summary>Removes the bot's @mention that Teams leaves in the message text.</summary>
internal static partial class BotMention
{
    [GeneratedRegex(@"<at>[^<]*</at>|@\w[\w.-]*", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();

    public static string Strip(string text) => Pattern().Replace(text, " ");
}
