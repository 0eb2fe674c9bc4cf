using System.Text.Json;
using WorkingParty.Bot.Features.MinutesUpload;
using WorkingParty.Minutes.Corrections;
using WorkingParty.Minutes.Publication;
using WorkingParty.Storage;
using WorkingParty.Storage.Collections;

namespace WorkingParty.Bot.Features.MinutesReview;

/// <summary>
/// The review card's buttons. Save applies the form's corrections to the upload; Publish applies them, then stores the
/// minutes and makes them answerable; Discard forgets the upload. Each acts only on the version of the upload its card
/// showed: when someone changed, published or discarded it meanwhile, the card is brought up to date and the sender is
/// told, and nothing else is done (so of two secretaries publishing at once, one publishes and the other is told).
/// </summary>
public sealed class MinutesReviewActions(
    MinutesUploads uploads,
    MinutesPublisher publisher,
    MinutesPublications publications,
    CorrectionAuthors authors,
    ReplyBuilder replies) : IButtonHandler<SaveMinutesReview>, IButtonHandler<PublishMinutes>, IButtonHandler<DiscardMinutes>
{
    private static readonly ReviewNotice Changed = new(
        "These minutes were changed meanwhile (by someone else, or from another card), so nothing was done: here they are as they stand now. Enter your corrections again.", IsProblem: true);

    public async Task<ButtonResult> HandleAsync(ITurnContext turnContext, SaveMinutesReview action, CancellationToken cancellationToken)
    {
        var (pending, answer) = await PendingAsync(action.UploadId, action.Version, action.Page, cancellationToken);
        if (pending is null) return answer!;
        var edited = Edit(pending.Value, action.Inputs, turnContext);
        if (edited.Outcome.ChangedFacts == 0)
        {
            return View(action.UploadId, pending.Value, Notice("Nothing was changed.", edited.Problems), action.Page);
        }

        var saved = await uploads.TryReplaceAsync(action.UploadId, pending.Value with { Corrections = edited.Outcome.Corrections }, pending.ETag, cancellationToken);
        return saved is null
            ? await CurrentAsync(action.UploadId, action.Page, cancellationToken)
            : View(action.UploadId, saved.Value, Notice(Saved(edited.Outcome.ChangedFacts), edited.Problems), action.Page);
    }

    public async Task<ButtonResult> HandleAsync(ITurnContext turnContext, PublishMinutes action, CancellationToken cancellationToken)
    {
        var (pending, answer) = await PendingAsync(action.UploadId, action.Version, 0, cancellationToken);
        if (pending is null) return answer!;
        var edited = Edit(pending.Value, action.Inputs, turnContext);
        if (edited.Problems.Count > 0)
        {
            return View(action.UploadId, pending.Value, Notice("Not published: correct these first.", edited.Problems));
        }

        if (pending.Value.ReviewsPublished && !(await publications.GetAsync(MeetingSource.IdOf(pending.Value.Meeting), cancellationToken)).IsAnswerable)
        {
            return View(action.UploadId, pending.Value, new ReviewNotice(
                "Not published: these minutes were withdrawn or replaced by a revision meanwhile, so delegates are not answered from them. Restore them from the list (type \u201Cminutes\u201D) and review them again.", IsProblem: true));
        }

        var mark = authors.Of(turnContext);
        var claimed = await uploads.TryReplaceAsync(action.UploadId, pending.Value with
        {
            Corrections = edited.Outcome.Corrections, Published = true, PublishedBy = mark.By, PublishedAt = mark.At,
        }, pending.ETag, cancellationToken);
        if (claimed is null) return await CurrentAsync(action.UploadId, 0, cancellationToken);
        try
        {
            await publisher.PublishAsync(claimed.Value, mark, cancellationToken);
        }
        catch
        {
            // Not stored: the upload waits again, so Publish can be pressed again.
            await uploads.TryReplaceAsync(action.UploadId, pending.Value, claimed.ETag, CancellationToken.None);
            throw;
        }

        return View(action.UploadId, claimed.Value, edited.Outcome.ChangedFacts > 0 ? new ReviewNotice(Saved(edited.Outcome.ChangedFacts)) : null);
    }

    public async Task<ButtonResult> HandleAsync(ITurnContext turnContext, DiscardMinutes action, CancellationToken cancellationToken)
    {
        var (pending, answer) = await PendingAsync(action.UploadId, version: null, 0, cancellationToken);
        if (pending is null) return answer!;
        var discarded = await uploads.TryReplaceAsync(action.UploadId, pending.Value with { Discarded = true }, pending.ETag, cancellationToken);
        if (discarded is null) return await CurrentAsync(action.UploadId, 0, cancellationToken);
        await uploads.DeleteAsync(action.UploadId, cancellationToken);
        return View(action.UploadId, discarded.Value, null);
    }

    /// <summary>
    /// The upload when it waits at <paramref name="version"/> (at any, when null); else the answer to give instead: the card
    /// brought up to date, saying who published or discarded the minutes, or that they changed meanwhile.
    /// </summary>
    private async Task<(Versioned<UploadedMinutes>? Pending, ButtonResult? Answer)> PendingAsync(string uploadId, int? version, int page, CancellationToken cancellationToken)
    {
        var current = await uploads.GetVersionedAsync(uploadId, cancellationToken);
        var answer = current switch
        {
            null => replies.NewMessage(new NoticeView("Those minutes are not waiting any more", "They were discarded or never kept; send the file again to read it.")),
            { Value.Published: true } => View(uploadId, current.Value, new ReviewNotice(
                $"{current.Value.PublishedBy ?? "Someone"} published these minutes first: your press changed nothing.", IsProblem: true)),
            { Value.Discarded: true } => View(uploadId, current.Value, new ReviewNotice("These minutes were discarded meanwhile.", IsProblem: true)),
            _ when version is { } shown && shown != current.Value.Version => View(uploadId, current.Value, Changed, page),
            _ => null,
        };
        return answer is null ? (current, null) : (null, answer);
    }

    /// <summary>After a write that lost the race: the upload as it is now, and why nothing was done.</summary>
    private async Task<ButtonResult> CurrentAsync(string uploadId, int page, CancellationToken cancellationToken) =>
        (await PendingAsync(uploadId, version: -1, page, cancellationToken)).Answer!;

    private (EditOutcome Outcome, IReadOnlyList<string> Problems) Edit(UploadedMinutes upload, Dictionary<string, JsonElement>? inputs, ITurnContext turnContext)
    {
        var (edits, problems) = ReviewEdits.From(ReviewForm.Read(inputs), upload.Corrected());
        var outcome = MinutesEditor.Apply(upload.Meeting, upload.Corrections, edits, authors.Of(turnContext));
        return (outcome, [.. problems, .. outcome.Problems]);
    }

    private ButtonResult View(string uploadId, UploadedMinutes upload, ReviewNotice? notice, int page = 0) =>
        replies.ReplaceCard(MinutesReviewViews.Of(uploadId, upload, notice, page));

    private static ReviewNotice? Notice(string done, IReadOnlyList<string> problems) =>
        new(problems.Count == 0 ? done : $"{done} {string.Join(" ", problems)}", IsProblem: problems.Count > 0);

    private static string Saved(int facts) => facts == 1 ? "1 correction saved." : $"{facts} corrections saved.";
}
