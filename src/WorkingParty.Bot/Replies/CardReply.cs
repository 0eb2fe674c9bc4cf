using Newtonsoft.Json.Linq;
using WorkingParty.Cards.AdaptiveCards;

namespace WorkingParty.Bot.Replies;

/// <summary>
/// A reply in its sent form: its Adaptive Card's JSON, and the same content as plain text for <c>summary</c> (the
/// Bot Framework's field for channels that cannot render cards; Teams shows it in notifications). Any number of
/// activities can be made from one (<see cref="ToActivity"/>), so a kept reply is serialised once.
/// </summary>
public sealed record CardReply(string Json, string Text)
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    public static CardReply Of(Reply reply) => new(CardJson.Serialize(reply.Card), reply.Text);

    public static IMessageActivity From(Reply reply) => Of(reply).ToActivity();

    /// <summary>The card serialised once, and written as it is when the SDK serialises the reply.</summary>
    public static Attachment Attachment(AdaptiveCard card) => AttachmentOf(CardJson.Serialize(card));

    public IMessageActivity ToActivity()
    {
        var activity = MessageFactory.Attachment(AttachmentOf(Json));
        activity.Summary = Text;
        return activity;
    }

    private static Attachment AttachmentOf(string cardJson) => new(ContentType, content: new JRaw(cardJson));
}
