using WorkingParty.Announcements.Roles;
using WorkingParty.Bot.Features.MinutesReview;
using WorkingParty.Minutes.Reading;

namespace WorkingParty.Bot.Features.MinutesUpload;

/// <summary>
/// A file sent to the bot: from the secretariat, it is downloaded, read as minutes and shown for review (corrections,
/// then Publish or Discard; nothing is published yet); a file that is not minutes gets its name and the reason back, and nothing is kept.
/// Anyone else is refused politely.
/// </summary>
public sealed class MinutesUploadHandler(
    MinutesFileDownloader downloader,
    MinutesReader reader,
    MinutesUploads uploads,
    UploadBaselines baselines,
    ReplyBuilder replies,
    ILogger<MinutesUploadHandler> logger) : ICommandHandler
{
    public static CommandPattern Files { get; } = CommandPattern.Files(TeamsFileAttachment.IsFile, "a file sent in a personal chat");

    public async Task HandleAsync(ITurnContext<IMessageActivity> turnContext, CommandMatch command, CancellationToken cancellationToken)
    {
        var user = TurnUser.Of(turnContext);
        await turnContext.SendActivityAsync(new Activity(ActivityTypes.Typing), cancellationToken);
        var files = turnContext.Activity.Attachments.Where(TeamsFileAttachment.IsFile).ToList();
        for (var i = 0; i < files.Count; i++)
        {
            await turnContext.SendActivityAsync(await ReadAsync(files[i], MinutesUploads.IdFor(turnContext.Activity, i), user, cancellationToken), cancellationToken);
        }
    }

    private async Task<IMessageActivity> ReadAsync(Attachment attachment, string uploadId, TeamsUser user, CancellationToken cancellationToken)
    {
        if (await uploads.GetAsync(uploadId, cancellationToken) is { } kept)
        {
            return Review(uploadId, kept);
        }

        if (TeamsFileAttachment.From(attachment) is not { } file)
        {
            return NotStored(attachment.Name ?? "The file", "Teams sent no download link for it; please send it again");
        }

        if (!reader.SupportedExtensions.Contains("." + file.FileType))
        {
            return NotStored(file.FileName, MinutesRejection.UnsupportedType(file.FileName, reader.SupportedExtensions).Message);
        }

        var (path, problem) = await downloader.DownloadAsync(file, cancellationToken);
        if (path is null)
        {
            return NotStored(file.FileName, problem!);
        }

        try
        {
            var read = await reader.TryReadAsync(path, IngestOptions.None, cancellationToken);
            if (read.Meeting is not { } meeting)
            {
                logger.LogInformation("Uploaded file {File} not taken as minutes: {Reason}", file.FileName, read.Rejection);
                return NotStored(file.FileName, read.Rejection!.Message);
            }

            await uploads.AddAsync(uploadId, file.FileName, meeting, user.DisplayName, await baselines.ForAsync(meeting, cancellationToken), cancellationToken);
            return await uploads.GetAsync(uploadId, cancellationToken) is { } upload ? Review(uploadId, upload) : NotStored(file.FileName, "it was discarded at once");
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
    }

    private IMessageActivity Review(string uploadId, UploadedMinutes upload) => CardReply.From(replies.Build(MinutesReviewViews.Of(uploadId, upload)));

    private IMessageActivity NotStored(string fileName, string reason) =>
        CardReply.From(replies.Build(new NoticeView($"{fileName} was not stored", $"{fileName}: {reason}. Nothing was stored.")));
}
