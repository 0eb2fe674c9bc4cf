namespace WorkingParty.Bot.Routing;

/// <summary>
/// What a card button leads to: a reply that either replaces the card the button was on (a form becoming its
/// receipt) or is sent as a new message, leaving that card as it was.
/// </summary>
public sealed record ButtonResult(Reply Reply, bool ReplacesCard);

/// <summary>The two results a button handler gives, made from the answer or view it has to show.</summary>
public static class ButtonResults
{
    /// <summary>The reply takes the place of the card the button was on.</summary>
    public static ButtonResult ReplaceCard(this ReplyBuilder replies, object content) => new(replies.Build(content), ReplacesCard: true);

    /// <summary>The reply is a new message: the card the button was on stays as the user left it (a refusal, a list from a list).</summary>
    public static ButtonResult NewMessage(this ReplyBuilder replies, object content, string? question = null, int offset = 0) =>
        new(replies.Build(content, question, offset), ReplacesCard: false);
}
