using WorkingParty.Bot.Features.Minutes;
using WorkingParty.Bot.Features.MinutesReview;
using WorkingParty.Minutes.Publication;

namespace WorkingParty.Bot.Features.MinutesList;

/// <summary>
/// The list's buttons: its next page, Withdraw (nobody is answered from the minutes any more, at once; their comments and
/// acknowledgements are kept) and Restore. Withdrawing twice, or restoring minutes not withdrawn, changes nothing and says so.
/// </summary>
public sealed class MinutesListActions(
    StoredMinutesViews views,
    MinutesPublications publications,
    MinutesCatalog catalog,
    CorrectionAuthors authors,
    ReplyBuilder replies) : IButtonHandler<ShowStoredMinutes>, IButtonHandler<WithdrawMinutes>, IButtonHandler<RestoreMinutes>
{
    public async Task<ButtonResult> HandleAsync(ITurnContext turnContext, ShowStoredMinutes action, CancellationToken cancellationToken) =>
        replies.NewMessage(await views.ListAsync(action.Offset, null, cancellationToken));

    public async Task<ButtonResult> HandleAsync(ITurnContext turnContext, WithdrawMinutes action, CancellationToken cancellationToken)
    {
        if (await StoredAsync(action.SourceId, cancellationToken) is not { } entry) return await UnknownAsync(action.Offset, cancellationToken);
        var (before, _) = await publications.WithdrawAsync(action.SourceId, authors.Of(turnContext), cancellationToken);
        await catalog.ReloadAsync(cancellationToken);
        return await ListAsync(action.Offset, before.Withdrawn is { } earlier
            ? new ReviewNotice($"{Name(entry)} were withdrawn already, by {earlier.By}.", IsProblem: true)
            : new ReviewNotice($"Withdrawn: {Name(entry)}. Nobody is answered from them any more; their comments and acknowledgements are kept."), cancellationToken);
    }

    public async Task<ButtonResult> HandleAsync(ITurnContext turnContext, RestoreMinutes action, CancellationToken cancellationToken)
    {
        if (await StoredAsync(action.SourceId, cancellationToken) is not { } entry) return await UnknownAsync(action.Offset, cancellationToken);
        var (before, _) = await publications.RestoreAsync(action.SourceId, authors.Of(turnContext), cancellationToken);
        await catalog.ReloadAsync(cancellationToken);
        return await ListAsync(action.Offset, before.IsWithdrawn
            ? new ReviewNotice($"Restored: {Name(entry)}. Delegates are answered from them again.")
            : new ReviewNotice($"{Name(entry)} were not withdrawn: nothing changed.", IsProblem: true), cancellationToken);
    }

    /// <summary>Only minutes that are stored can be withdrawn or restored: a forged id is not written anywhere.</summary>
    private async Task<StoredMinutesEntry?> StoredAsync(string sourceId, CancellationToken cancellationToken) =>
        (await views.ListAsync(0, null, cancellationToken)).Minutes.FirstOrDefault(m => m.SourceId == sourceId);

    private Task<ButtonResult> UnknownAsync(int offset, CancellationToken cancellationToken) =>
        ListAsync(offset, new ReviewNotice("Those minutes are not stored (any more): nothing changed.", IsProblem: true), cancellationToken);

    private async Task<ButtonResult> ListAsync(int offset, ReviewNotice notice, CancellationToken cancellationToken) =>
        replies.ReplaceCard(await views.ListAsync(offset, notice, cancellationToken));

    private static string Name(StoredMinutesEntry entry) => $"the minutes of the {entry.Body} meeting of {entry.MeetingDate.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)}";
}
