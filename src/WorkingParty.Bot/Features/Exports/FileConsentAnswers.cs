using WorkingParty.Bot.Features.Comments;

namespace WorkingParty.Bot.Features.Exports;

/// <summary>
/// The member's answer to a file consent card. Allow: the file is made afresh, uploaded where Teams says (their OneDrive) and
/// shown as Teams' file card; Decline: nothing is uploaded. Either way the grant is spent, and the consent card says what
/// happened. A grant that is someone else's, spent or expired uploads nothing.
/// </summary>
public sealed class FileConsentAnswers(ExportGrants grants, ExportSources sources, FileUploader uploader, ReplyBuilder replies, ILogger<FileConsentAnswers> logger)
    : IButtonHandler<AcceptExportFile>, IButtonHandler<DeclineExportFile>
{
    public async Task<ButtonResult> HandleAsync(ITurnContext turnContext, AcceptExportFile action, CancellationToken cancellationToken)
    {
        var member = TurnUser.AuthorOf(turnContext).UserId;
        var redeemed = await grants.RedeemAsync(action.Grant, ExportVia.FileConsent, member, cancellationToken);
        if (redeemed.Grant is not { } grant)
            return replies.NewMessage(Spent(redeemed));
        if (!Uri.TryCreate(action.Upload?.UploadUrl, UriKind.Absolute, out var uploadUrl))
            return replies.NewMessage(NotSaved("Teams did not say where to save it."));
        if (await sources.MakeAsync(grant, cancellationToken) is not { } file)
            return replies.NewMessage(NotSaved("What it was made from is no longer there."));
        if (await uploader.UploadAsync(uploadUrl, file, cancellationToken) is { } problem)
            return replies.NewMessage(NotSaved(problem));

        logger.LogInformation("Export {Kind} {Subject} ({Format}) uploaded to the OneDrive of {Member}", grant.Kind, grant.Subject, grant.Format, member);
        await turnContext.SendActivityAsync(MessageFactory.Attachment(FileCards.Uploaded(action.Upload!)), cancellationToken);
        return replies.ReplaceCard(new NoticeView("Saved to your OneDrive", $"{file.Name} is in your OneDrive; it is shown below.", IsProblem: false));
    }

    public async Task<ButtonResult> HandleAsync(ITurnContext turnContext, DeclineExportFile action, CancellationToken cancellationToken)
    {
        var redeemed = await grants.RedeemAsync(action.Grant, ExportVia.FileConsent, TurnUser.AuthorOf(turnContext).UserId, cancellationToken);
        return redeemed.Grant is null
            ? replies.NewMessage(Spent(redeemed))
            : replies.ReplaceCard(new NoticeView("Not saved", "You declined the file, so nothing was uploaded. Ask again when you want it.", IsProblem: false));
    }

    private static NoticeView Spent(ExportRedemption redeemed) => redeemed.Expired
        ? new NoticeView("That offer has expired", "Nothing was uploaded. Ask for the export again.")
        : new NoticeView("That file is no longer offered", "It was saved or declined already, or it is not yours. Ask for the export again.");

    private static NoticeView NotSaved(string why) => new("The file was not saved", $"{why} Ask for the export again.");
}
