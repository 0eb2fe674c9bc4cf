using WorkingParty.Comments;
using WorkingParty.Comments.Deadlines;
using WorkingParty.Comments.Model;
using WorkingParty.Comments.Rules;
using WorkingParty.Comments.Service;
using WorkingParty.Storage;

namespace WorkingParty.LoadTest.MyComments;

/// <summary>
/// Writes comments into a bot's store the way the bot does (through <see cref="CommentService"/>, on 25 March 2017, on the
/// two open deadlines of the sample minutes), before the bot is started on that store.
/// </summary>
public sealed class CommentSeeder(IDocumentStore store)
{
    public static readonly string[] Deadlines =
        ["2017-03-15-hwp-cyber-issues/item-7-2017-03-29", "2017-03-15-hwp-cyber-issues/item-9-2017-04-03"];

    private static readonly string[] Delegations = ["BE", "CZ", "DE", "EL", "ES", "FR", "IT", "NL", "PL", "SE"];

    private readonly CommentService _comments = new(store, new SampleDeadlines(), new CommentsOptions(), new PinnedClock());

    /// <summary>Comments by the users numbered <paramref name="first"/> to <paramref name="first"/> + <paramref name="count"/> - 1, one each.</summary>
    public async Task SeedAsync(int first, int count, int perUser = 1)
    {
        var seeded = 0;
        await Parallel.ForEachAsync(Enumerable.Range(first, count), new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (user, token) =>
        {
            for (var n = 0; n < perUser; n++)
            {
                var result = await _comments.SubmitAsync(new CommentSubmission($"seed-{n}", Deadlines[(user + n) % Deadlines.Length],
                    Delegations[user % Delegations.Length], Author(user), $"Comment {n} of delegate {user} on the draft."), token);
                if (result is not CommentResult.Accepted)
                    throw new InvalidOperationException($"Seeding comment {n} of delegate {user} failed: {result}");
            }

            if (Interlocked.Increment(ref seeded) % 10_000 == 0)
                Console.WriteLine($"    seeded {seeded:N0} of {count:N0} users");
        });
    }

    /// <summary>The author as the bot names the sender of <c>TeamsMessage</c> number <paramref name="user"/> (by Entra object id).</summary>
    public static CommentAuthor Author(int user) => new($"00000000-0000-0000-0000-{user:D12}", $"Delegate {user}");

    private sealed class SampleDeadlines : IDeadlineCatalog
    {
        public Task<DeadlineInfo?> FindAsync(string deadlineId, CancellationToken cancellationToken = default) =>
            Task.FromResult(Deadlines.Contains(deadlineId)
                ? new DeadlineInfo(deadlineId, DateOnly.ParseExact(deadlineId[^10..], "yyyy-MM-dd"), "written comments", [], "HWP (Cyber Issues), 15 March 2017")
                : null);
    }

    private sealed class PinnedClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(2017, 3, 25, 10, 0, 0, TimeSpan.Zero);
    }
}
