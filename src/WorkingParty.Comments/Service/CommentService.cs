using WorkingParty.Comments.Deadlines;
using WorkingParty.Comments.Export;
using WorkingParty.Comments.Model;
using WorkingParty.Comments.Roster;
using WorkingParty.Comments.Rules;
using WorkingParty.Council;
using WorkingParty.Storage;
using WorkingParty.Storage.Collections;

namespace WorkingParty.Comments.Service;

/// <summary>
/// Written comments on deadlines: submit, edit, withdraw, list, and late acceptance by the secretariat.
/// A result is returned only once the change is durably stored. Who may accept late comments or
/// export them (the secretariat) is the host's decision, not this class's.
/// </summary>
public sealed class CommentService
{
    internal const string Collection = "comments";

    private readonly DocumentCollection<Comment> _comments;
    private readonly CommentIndex _index;
    private readonly CommentQuota _quota;
    private readonly IDeadlineCatalog _catalog;
    private readonly CommentsOptions _options;
    private readonly TimeProvider _time;

    public CommentService(IDocumentStore store, IDeadlineCatalog catalog, CommentsOptions options, TimeProvider time)
    {
        _comments = new DocumentCollection<Comment>(store, Collection);
        _index = new CommentIndex(store);
        Roster = new DelegationRoster(store, new DelegatesSeed(options.Delegates), time);
        _catalog = catalog;
        _options = options;
        _time = time;
        Clock = new DeadlineClock(TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone));
        _quota = new CommentQuota(store, options, Clock);
    }

    public DeadlineClock Clock { get; }

    /// <summary>Who writes for which delegation: a comment is filed only under its author's.</summary>
    public DelegationRoster Roster { get; }

    /// <summary>
    /// Stores a new comment, or returns the one this submission id already made (a repeated
    /// delivery or a double click). After the deadline the comment is kept for the secretariat and
    /// the delegate is told it was not submitted. A new comment under a delegation other than the author's, or beyond the
    /// user's limits, is refused; a user's first comment declares their delegation (<see cref="DelegationRoster"/>).
    /// </summary>
    public Task<CommentResult> SubmitAsync(CommentSubmission submission, CancellationToken cancellationToken = default) =>
        CommentTelemetry.TraceAsync("submit", submission.DeadlineId, () => StoreSubmissionAsync(submission, cancellationToken));

    private async Task<CommentResult> StoreSubmissionAsync(CommentSubmission submission, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(submission.SubmissionId) || string.IsNullOrWhiteSpace(submission.Author.UserId))
            return new CommentResult.Rejected("This form could not be read. Please open it again from the list of open deadlines.");
        var deadline = await FindDeadlineAsync(submission.DeadlineId, cancellationToken);
        if (deadline is null)
            return UnknownDeadline(submission.DeadlineId);
        if (DelegationTable.Default.MemberStateCode(submission.Delegation) is not { } delegation)
            return new CommentResult.Rejected("Please choose your delegation from the list.");
        var (text, textProblem) = CommentText.Clean(submission.Text, _options.MaxTextLength);
        if (textProblem is not null)
            return new CommentResult.Rejected(textProblem);
        var (document, documentProblem) = CommentText.CleanDocumentReference(submission.DocumentReference, _options.MaxDocumentReferenceLength);
        if (documentProblem is not null)
            return new CommentResult.Rejected(documentProblem);

        var id = CommentKey.Of(deadline.Id, StableId.Of(submission.Author.UserId, submission.SubmissionId));
        var stored = await _comments.GetAsync(id, cancellationToken);
        if (stored is null)
        {
            var claim = await Roster.ClaimAsync(submission.Author, delegation, submission.LookUpPrincipalName, cancellationToken);
            if (claim.Refusal is { } wrongDelegation)
                return new CommentResult.Rejected(wrongDelegation);
            if (await _quota.TakeAsync(submission.Author.UserId, deadline.Id, CommentKey.CommentIdOf(id), _time.GetUtcNow(), cancellationToken) is { } refusal)
                return new CommentResult.Rejected(refusal);
            stored = await CreateAsync(id, deadline, delegation, submission.Author, text!, document, cancellationToken);
        }
        return stored.Value.Status == CommentStatus.AwaitingLateAcceptance
            ? new CommentResult.Rejected($"{Clock.Describe(deadline)}, so your comment was not submitted. It has been kept, and the secretariat may still accept it as a late comment.")
            : new CommentResult.Accepted(stored.Value, stored.ETag);
    }

    /// <summary>Adds a new version of the text; <paramref name="etag"/> is the one the user saw.</summary>
    public Task<CommentResult> EditAsync(string deadlineId, string commentId, CommentAuthor editor, string text, string etag, CancellationToken cancellationToken = default) =>
        CommentTelemetry.TraceAsync("edit", deadlineId, () => StoreEditAsync(deadlineId, commentId, editor, text, etag, cancellationToken));

    private async Task<CommentResult> StoreEditAsync(string deadlineId, string commentId, CommentAuthor editor, string text, string etag, CancellationToken cancellationToken)
    {
        var (current, refusal) = await OpenForChangeAsync(deadlineId, commentId, editor, etag, "edited", cancellationToken);
        if (refusal is not null)
            return refusal;
        var (cleaned, problem) = CommentText.Clean(text, _options.MaxTextLength);
        if (problem is not null)
            return new CommentResult.Rejected(problem);
        if (cleaned == current!.Value.Text)
            return new CommentResult.Accepted(current.Value, current.ETag);
        var edited = current.Value with { Versions = [.. current.Value.Versions, new CommentVersion(cleaned!, _time.GetUtcNow(), editor)] };
        return await ReplaceAsync(current, edited, cancellationToken);
    }

    public Task<CommentResult> WithdrawAsync(string deadlineId, string commentId, CommentAuthor author, string etag, CancellationToken cancellationToken = default) =>
        CommentTelemetry.TraceAsync("withdraw", deadlineId, () => StoreWithdrawalAsync(deadlineId, commentId, author, etag, cancellationToken));

    private async Task<CommentResult> StoreWithdrawalAsync(string deadlineId, string commentId, CommentAuthor author, string etag, CancellationToken cancellationToken)
    {
        var (current, refusal) = await OpenForChangeAsync(deadlineId, commentId, author, etag, "withdrawn", cancellationToken);
        return refusal ?? await ReplaceAsync(current!, current!.Value with { Status = CommentStatus.Withdrawn }, cancellationToken);
    }

    /// <summary>The secretariat accepts a comment sent after the deadline; it is then submitted, marked late.</summary>
    public Task<CommentResult> AcceptLateAsync(string deadlineId, string commentId, CommentAuthor secretariat, CancellationToken cancellationToken = default) =>
        CommentTelemetry.TraceAsync("accept-late", deadlineId, () => StoreLateAcceptanceAsync(deadlineId, commentId, secretariat, cancellationToken));

    private async Task<CommentResult> StoreLateAcceptanceAsync(string deadlineId, string commentId, CommentAuthor secretariat, CancellationToken cancellationToken)
    {
        while (true)
        {
            var current = await GetAsync(deadlineId, commentId, cancellationToken);
            if (current is null)
                return NoSuchComment();
            if (current.Value.Status != CommentStatus.AwaitingLateAcceptance)
            {
                return current.Value.Status == CommentStatus.Withdrawn
                    ? new CommentResult.Rejected("This comment was withdrawn by its author.")
                    : new CommentResult.Accepted(current.Value, current.ETag);
            }
            var accepted = current.Value with { Status = CommentStatus.Submitted, Late = true, AcceptedLateBy = secretariat };
            if (await _comments.TryReplaceAsync(current.Id, accepted, current.ETag, cancellationToken) is { } stored)
                return new CommentResult.Accepted(stored.Value, stored.ETag);
        }
    }

    public async Task<Versioned<Comment>?> GetAsync(string deadlineId, string commentId, CancellationToken cancellationToken = default) =>
        CommentKey.IsValid(deadlineId, commentId)
            ? await _comments.GetAsync(CommentKey.Of(deadlineId, commentId), cancellationToken)
            : null;

    /// <summary>The user's comments on every deadline, newest first. Reads only these, through the index by author.</summary>
    public async Task<IReadOnlyList<Versioned<Comment>>> ListMineAsync(string userId, CancellationToken cancellationToken = default)
    {
        var mine = await ReadAsync(_index.ByAuthorAsync(userId, cancellationToken), cancellationToken);
        return [.. mine.Where(c => c.Value.Author.UserId == userId).OrderByDescending(c => c.Value.ReceivedAt)];
    }

    /// <summary>One of the user's own comments, by its id; null for anyone else's (a forged reference finds nothing).</summary>
    public async Task<Versioned<Comment>?> FindOwnAsync(string userId, string commentId, CancellationToken cancellationToken = default)
    {
        var key = await _index.ByAuthorAsync(userId, cancellationToken).FirstOrDefaultAsync(k => CommentKey.CommentIdOf(k) == commentId, cancellationToken);
        return key is not null && await _comments.GetAsync(key, cancellationToken) is { } comment && comment.Value.Author.UserId == userId ? comment : null;
    }

    /// <summary>All comments on a deadline, whatever their status, in the order received.</summary>
    public async Task<IReadOnlyList<Versioned<Comment>>> ListForDeadlineAsync(string deadlineId, CancellationToken cancellationToken = default)
    {
        if (!DocumentKey.IsValid(deadlineId))
            return [];
        var all = await _comments.ListAsync(deadlineId + "/", cancellationToken).ToListAsync(cancellationToken);
        return [.. all.OrderBy(c => c.Value.ReceivedAt)];
    }

    /// <summary>
    /// Comments sent after their deadline (waiting for the secretariat, or accepted late) on one deadline, or on
    /// every deadline when <paramref name="deadlineId"/> is null, in the order received.
    /// </summary>
    public async Task<IReadOnlyList<Comment>> ListLateAsync(string? deadlineId = null, CancellationToken cancellationToken = default)
    {
        if (deadlineId is not null && !DocumentKey.IsValid(deadlineId))
            return [];
        var late = await ReadAsync(_index.LateAsync(deadlineId, cancellationToken), cancellationToken);
        return [.. late.Select(c => c.Value).Where(c => c.Late || c.Status == CommentStatus.AwaitingLateAcceptance).OrderBy(c => c.ReceivedAt)];
    }

    /// <summary>The submitted comments of a deadline for the secretariat's compilation (withdrawn minutes' too); null when there is no such deadline.</summary>
    public async Task<CommentCompilation?> CompileAsync(string deadlineId, CancellationToken cancellationToken = default)
    {
        var deadline = DocumentKey.IsValid(deadlineId) ? await _catalog.FindKeptAsync(deadlineId, cancellationToken) : null;
        if (deadline is null)
            return null;
        var submitted = (await ListForDeadlineAsync(deadline.Id, cancellationToken))
            .Select(c => c.Value)
            .Where(c => c.Status == CommentStatus.Submitted)
            .OrderBy(c => DelegationTable.Default.ProtocolOrder(c.Delegation))
            .ThenBy(c => c.Delegation, StringComparer.Ordinal)
            .ThenBy(c => c.ReceivedAt)
            .ToList();
        return new CommentCompilation(deadline, submitted, _time.GetUtcNow(), Clock) { Unconfirmed = await UnconfirmedAsync(submitted, cancellationToken) };
    }

    /// <summary>The ids of the comments whose delegation the secretariat has not confirmed for their author (as of now).</summary>
    private async Task<HashSet<string>> UnconfirmedAsync(IReadOnlyList<Comment> compiled, CancellationToken cancellationToken)
    {
        var unconfirmed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var byAuthor in compiled.GroupBy(c => c.Author.UserId))
        {
            var standing = await Roster.StandingOfAsync(byAuthor.Key, cancellationToken: cancellationToken);
            unconfirmed.UnionWith(byAuthor.Where(c => standing is not { Confirmed: true } || standing.Delegation != c.Delegation).Select(c => c.Id));
        }
        return unconfirmed;
    }

    private async Task<Versioned<Comment>> CreateAsync(string id, DeadlineInfo deadline, string delegation, CommentAuthor author, string text, string? document, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var status = Clock.IsOpen(deadline, now) ? CommentStatus.Submitted : CommentStatus.AwaitingLateAcceptance;
        var comment = new Comment(CommentKey.CommentIdOf(id), deadline.Id, delegation, author, document, [new CommentVersion(text, now, author)], status, now);
        await _index.AddAsync(comment, cancellationToken);
        // A concurrent delivery of the same submission may have created it first: then that one is the comment.
        return await _comments.TryCreateAsync(id, comment, cancellationToken)
            ?? await _comments.GetAsync(id, cancellationToken)
            ?? throw new InvalidOperationException($"The comment '{id}' vanished while it was being created.");
    }

    /// <summary>The comments under the given keys ("{deadline}/{comment}"); a key whose comment was never stored is skipped.</summary>
    private async Task<List<Versioned<Comment>>> ReadAsync(IAsyncEnumerable<string> keys, CancellationToken cancellationToken)
    {
        var found = new List<Versioned<Comment>>();
        await foreach (var key in keys)
        {
            if (await _comments.GetAsync(key, cancellationToken) is { } comment)
                found.Add(comment);
        }
        return found;
    }

    private async Task<(Versioned<Comment>? Current, CommentResult? Refusal)> OpenForChangeAsync(
        string deadlineId, string commentId, CommentAuthor author, string etag, string change, CancellationToken cancellationToken)
    {
        var current = await GetAsync(deadlineId, commentId, cancellationToken);
        if (current is null)
            return (null, NoSuchComment());
        if (current.Value.Author.UserId != author.UserId)
            return (null, new CommentResult.Rejected($"Only {current.Value.Author.DisplayName}, who wrote this comment, can change it."));
        if (current.ETag != etag)
            return (null, new CommentResult.Conflict(current.Value, current.ETag));
        if (current.Value.Status != CommentStatus.Submitted)
            return (null, new CommentResult.Rejected($"This comment is {Describe(current.Value.Status)}; it can no longer be {change}."));
        var deadline = await FindDeadlineAsync(deadlineId, cancellationToken);
        if (deadline is null)
            return (null, UnknownDeadline(deadlineId));
        if (!Clock.IsOpen(deadline, _time.GetUtcNow()))
            return (null, new CommentResult.Rejected($"{Clock.Describe(deadline)}; comments can no longer be {change}."));
        return (current, null);
    }

    private async Task<CommentResult> ReplaceAsync(Versioned<Comment> current, Comment changed, CancellationToken cancellationToken)
    {
        if (await _comments.TryReplaceAsync(current.Id, changed, current.ETag, cancellationToken) is { } stored)
            return new CommentResult.Accepted(stored.Value, stored.ETag);
        var latest = await _comments.GetAsync(current.Id, cancellationToken);
        return latest is null ? NoSuchComment() : new CommentResult.Conflict(latest.Value, latest.ETag);
    }

    private async Task<DeadlineInfo?> FindDeadlineAsync(string? deadlineId, CancellationToken cancellationToken) =>
        DocumentKey.IsValid(deadlineId ?? "") ? await _catalog.FindAsync(deadlineId!, cancellationToken) : null;

    private static CommentResult.Rejected UnknownDeadline(string? deadlineId) =>
        new($"There is no deadline '{deadlineId}'. Please ask for the open deadlines and use the button there.");

    private static CommentResult.Rejected NoSuchComment() =>
        new("This comment could not be found. Ask for \"my comments\" to see the ones you sent.");

    private static string Describe(CommentStatus status) => status switch
    {
        CommentStatus.Withdrawn => "withdrawn",
        CommentStatus.AwaitingLateAcceptance => "late and waiting for the secretariat",
        _ => "submitted",
    };
}
