using WorkingParty.Bot.Features.Minutes;
using WorkingParty.Bot.Features.MinutesReview;
using WorkingParty.Bot.Features.MinutesUpload;
using WorkingParty.Minutes.Corrections;
using WorkingParty.Minutes.Storage;

namespace WorkingParty.Bot.Features.MinutesList;

/// <summary>
/// The list's Review button: the review card of published minutes, as read and with their corrections, so the secretariat
/// can correct a fact delegates are already answered from. It works as the review of an upload (Save, Publish, Discard);
/// Publish stores the corrections and answers from them at once.
/// </summary>
public sealed class PublishedMinutesReview(
    MinutesCatalog catalog,
    MeetingRepository meetings,
    MinutesOverlay overlay,
    MinutesUploads uploads,
    UploadBaselines baselines,
    ReplyBuilder replies) : IButtonHandler<ReviewStoredMinutes>
{
    public async Task<ButtonResult> HandleAsync(ITurnContext turnContext, ReviewStoredMinutes action, CancellationToken cancellationToken)
    {
        await catalog.GetAnswererAsync(cancellationToken); // the minutes folder is stored by then
        var stored = await overlay.ApplyAsync(await meetings.ListAsync(cancellationToken).ToListAsync(cancellationToken), cancellationToken);
        if (stored.FirstOrDefault(m => m.SourceId == action.SourceId && m.Publication.Withdrawn is null && m.Publication.Superseded is null) is not { } minutes)
        {
            return replies.NewMessage(new NoticeView("Those minutes cannot be reviewed",
                "They are not stored any more, or they were withdrawn or replaced by a revision: type \u201Cminutes\u201D to see them as they stand."));
        }

        var read = minutes.Corrected.Read;
        var uploadId = Guid.NewGuid().ToString("N");
        await uploads.AddAsync(uploadId, read.SourceFile, read, TurnUser.Of(turnContext).DisplayName, await baselines.ForAsync(read, cancellationToken), cancellationToken,
            reviewsPublished: true);
        return replies.NewMessage(MinutesReviewViews.Of(uploadId, (await uploads.GetAsync(uploadId, cancellationToken))!));
    }
}
