using WorkingParty.Announcements.Drafting;
using WorkingParty.Bot.Features.Exports;

namespace WorkingParty.Bot.Features.Announcements;

/// <summary>
/// "Export acknowledgements (CSV)" on the status card: the list, as a file, handed to the secretariat member who pressed it in
/// their personal chat (<see cref="ExportDelivery"/>), wherever the status card is.
/// </summary>
public sealed class AcknowledgementExports(AnnouncementRepository announcements, ExportDelivery delivery, ReplyBuilder replies) : IButtonHandler<ExportAcknowledgements>
{
    public async Task<ButtonResult> HandleAsync(ITurnContext turnContext, ExportAcknowledgements action, CancellationToken cancellationToken)
    {
        if (await announcements.GetAsync(action.AnnouncementId, cancellationToken) is not { } announcement)
            return replies.NewMessage(new NoticeView("That announcement is not there any more", "There is no acknowledgement list to export."));
        var title = $"Acknowledgements of \u201C{announcement.Content.Title}\u201D";
        var notice = await delivery.SendAsync(turnContext, title, summary: null, [AcknowledgementsExportSource.File(announcement.Id)], cancellationToken);
        return replies.NewMessage(notice ?? new NoticeView(title, "The list is offered to you in this chat as a CSV file.", IsProblem: false));
    }
}
