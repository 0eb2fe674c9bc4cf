using WorkingParty.Comments.Deadlines;
using WorkingParty.Comments.Rules;
using WorkingParty.Storage;
using WorkingParty.Storage.Collections;

namespace WorkingParty.Comments.Service;

/// <summary>
/// How many comments one user may file: <see cref="CommentsOptions.MaxPerUserPerDeadline"/> on a deadline and
/// <see cref="CommentsOptions.MaxPerUserPerDay"/> a day (the working party's day). A comment takes its place before it is
/// stored, in one counter document per user (<c>comment-quotas/{user}</c>) replaced with its ETag, so submissions sent
/// all at once, to any instance, cannot slip past the limit; the same comment delivered again is counted once.
/// </summary>
internal sealed class CommentQuota(IDocumentStore store, CommentsOptions options, DeadlineClock clock)
{
    private readonly DocumentCollection<Counts> _counts = new(store, "comment-quotas");

    /// <summary>Counts the user's comment <paramref name="commentId"/> on the deadline; null when it is within the limits, else the polite refusal.</summary>
    public async Task<string?> TakeAsync(string userId, string deadlineId, string commentId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var id = StableId.Of(userId);
        var today = DateOnly.FromDateTime(clock.ToLocal(now).DateTime);
        while (true)
        {
            var current = await _counts.GetAsync(id, cancellationToken);
            var counts = current?.Value is { } known && known.Day == today ? known : new Counts(today, [], current?.Value.PerDeadline ?? []);
            if (counts.Today.Contains(commentId))
                return null;
            if (counts.PerDeadline.GetValueOrDefault(deadlineId) >= options.MaxPerUserPerDeadline)
            {
                return $"You have sent {options.MaxPerUserPerDeadline} comments on this deadline, the most one person may send. " +
                    "You can still change the ones you sent (type \u201Cmy comments\u201D), or write to the secretariat.";
            }

            if (counts.Today.Count >= options.MaxPerUserPerDay)
            {
                return $"You have sent {options.MaxPerUserPerDay} comments today, the most one person may send in a day. " +
                    "Please send the rest tomorrow, or write to the secretariat.";
            }

            var taken = new Counts(today, [.. counts.Today, commentId],
                new Dictionary<string, int>(counts.PerDeadline) { [deadlineId] = counts.PerDeadline.GetValueOrDefault(deadlineId) + 1 });
            var saved = current is null
                ? await _counts.TryCreateAsync(id, taken, cancellationToken)
                : await _counts.TryReplaceAsync(id, taken, current.ETag, cancellationToken);
            if (saved is not null)
                return null;
        }
    }

    /// <summary>The ids of one user's comments today, and how many they filed on each deadline ever.</summary>
    private sealed record Counts(DateOnly Day, List<string> Today, Dictionary<string, int> PerDeadline);
}
