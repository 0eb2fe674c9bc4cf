using WorkingParty.Answers;
using WorkingParty.Cards;
using WorkingParty.Cards.AdaptiveCards;

namespace WorkingParty.Benchmarks;

/// <summary>
/// The load test's question mix (bench/WorkingParty.LoadTest/Turns/QuestionMix.cs, in the order it asks them), each
/// answered and rendered afresh as the bot's "fresh" process does it: the answer, its card serialised as sent, its text.
/// </summary>
internal static class TurnMix
{
    public static readonly DateOnly Today = new(2019, 6, 14);

    public static readonly IReadOnlyList<string> Questions =
    [
        "when is the next meeting?", "what deadlines are open?", "item 3", "encryption and lawful access",
        "who stressed the lack of resources at national level?", "when do we meet again?", "anything due?",
        "what was said under point 4?", "what about the protection of critical infrastructure?", "risk of fragmentation",
        "next WP date", "when are comments on data retention due?", "item five", "firearms trafficking",
        "information sharing with the private sector",
    ];

    public static ReplyBuilder Replies() =>
        new(new Uri("https://bot.example.org"), TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels"));

    /// <summary>One composed turn's work beside the SDK's: the length of what is sent, so that nothing is optimised away.</summary>
    public static int Turn(QuestionAnswerer answerer, ReplyBuilder replies, string question)
    {
        var reply = replies.Build(answerer.Answer(question, Today), question);
        return CardJson.Serialize(reply.Card).Length + reply.Text.Length;
    }
}
