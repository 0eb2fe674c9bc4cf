using WorkingParty.Cards.AdaptiveCards;

namespace WorkingParty.Bot.Replies;

/// <summary>A reply in its sent form (the card's JSON and its plain-text twin), from which any number of replies can be made.</summary>
public sealed record RenderedReply(string Json, string Text)
{
    public static RenderedReply Of(Reply reply) => new(CardJson.Serialize(reply.Card), reply.Text);

    public IMessageActivity ToActivity() => CardReply.FromJson(Json, Text);
}
