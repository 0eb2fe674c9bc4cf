namespace WorkingParty.Bot.Cli;

/// <summary>The readable text of a reply: its text, or the plain-text fallback its card carries.</summary>
public static class ReplyText
{
    public static string Of(Activity reply) =>
        !string.IsNullOrWhiteSpace(reply.Text) ? reply.Text : reply.Summary ?? string.Empty;
}
