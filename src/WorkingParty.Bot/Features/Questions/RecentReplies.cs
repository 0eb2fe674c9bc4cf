using Microsoft.Extensions.Caching.Memory;
using WorkingParty.Answers;

namespace WorkingParty.Bot.Features.Questions;

/// <summary>
/// Replies to recently asked questions, ready to send. Delegates ask the same few things many times a day ("when is
/// the next meeting?", "what deadlines are open?"), and reading the question, composing the answer and rendering its
/// card cost more than the rest of a turn. A reply is reused only for the same text, on the same day, from the same
/// <see cref="AnswerEdition"/>: new minutes or an announced date change are answered afresh at once.
/// </summary>
public sealed class RecentReplies(QuestionsOptions options) : IDisposable
{
    /// <summary>How many replies are kept unless <c>Questions:KeptReplies</c> says otherwise; beyond it the least recently asked make room.</summary>
    public const int DefaultCapacity = 1000;

    private static readonly MemoryCacheEntryOptions OneSlot = new() { Size = 1 };
    private readonly MemoryCache? _replies = options.KeptReplies is > 0 and var capacity
        ? new MemoryCache(new MemoryCacheOptions { SizeLimit = capacity })
        : null;

    /// <summary>
    /// The reply kept for this question, day and edition, else the one <paramref name="render"/> makes (kept for the next
    /// delegate). Read <paramref name="edition"/> before rendering, so a reply is never filed under a newer edition than
    /// the one it was answered from.
    /// </summary>
    public CardReply GetOrRender(string question, DateOnly today, AnswerEdition edition, Func<CardReply> render)
    {
        if (_replies is null)
        {
            return render();
        }

        var key = new Question(question, today);
        if (_replies.TryGetValue(key, out Kept? kept) && kept!.Edition == edition)
        {
            return kept.Reply;
        }

        var reply = render();
        _replies.Set(key, new Kept(edition, reply), OneSlot);
        return reply;
    }

    public void Dispose() => _replies?.Dispose();

    private readonly record struct Question(string Text, DateOnly Today);

    private sealed record Kept(AnswerEdition Edition, CardReply Reply);
}
