using Newtonsoft.Json.Linq;
using WorkingParty.Cards.AdaptiveCards;

namespace WorkingParty.Bot.Replies;

/// <summary>
/// A reply as an activity: its Adaptive Card, with the same content as plain text in <c>summary</c> (the
/// Bot Framework's field for channels that cannot render cards; Teams shows it in notifications).
/// </summary>
public static class CardReply
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    public static IMessageActivity From(Reply reply) => FromJson(CardJson.Serialize(reply.Card), reply.Text);

    /// <summary>A reply with a card already serialised (<see cref="CardJson.Serialize"/>).</summary>
    public static IMessageActivity FromJson(string cardJson, string text)
    {
        var reply = MessageFactory.Attachment(AttachmentFromJson(cardJson));
        reply.Summary = text;
        return reply;
    }

    /// <summary>The card serialised once, and written as it is when the SDK serialises the reply.</summary>
    public static Attachment Attachment(AdaptiveCard card) => AttachmentFromJson(CardJson.Serialize(card));

    private static Attachment AttachmentFromJson(string cardJson) => new(ContentType, content: new JRaw(cardJson));
}
