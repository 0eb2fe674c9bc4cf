namespace WorkingParty.Bot.Bots;

/// <summary>The words that are commands rather than questions.</summary>
public static class Commands
{
    private static readonly HashSet<string> HelpWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "help", "?", "hi", "hello", "start", "menu", "what can you do", "what can you do?",
    };

    public static bool IsHelp(string text) => HelpWords.Contains(text.TrimEnd('.', '!'));
}
