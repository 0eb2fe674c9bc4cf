using System.Net;
using System.Text.RegularExpressions;

namespace WorkingParty.Bot.Bots;

/// <summary>What the user typed, without the bot's @mention, markup or stray whitespace.</summary>
public static partial class MessageText
{
    public static string Of(IMessageActivity activity)
    {
        var text = activity.RemoveRecipientMention() ?? activity.Text ?? string.Empty;
        text = MentionTag().Replace(text, " ");
        text = WebUtility.HtmlDecode(HtmlTag().Replace(text, " "));
        return Whitespace().Replace(text, " ").Trim();
    }

    // Teams leaves <at>…</at> for a mention whose entity does not name the bot's id (for example an
    // older app id), and channel messages may arrive as HTML.
    [GeneratedRegex("<at>[^<]*</at>", RegexOptions.IgnoreCase)]
    private static partial Regex MentionTag();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
