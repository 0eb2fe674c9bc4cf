using WorkingParty.Announcements.Acknowledgements;
using WorkingParty.Announcements.Drafting;
using WorkingParty.Bot.Features.Conversations;
using Acknowledgement = WorkingParty.Announcements.Acknowledgements.Acknowledgement;

namespace WorkingParty.Bot.Features.Announcements;

/// <summary>
/// A recipient acknowledges an announcement: the card's button, or the word "acknowledge" on channels without cards
/// (for the latest announcement). Pressing twice keeps the first acknowledgement.
/// </summary>
public sealed class AcknowledgeFeature(
    AcknowledgementBook book,
    AnnouncementRepository announcements,
    AnnouncementViewFactory views,
    DelegationLookup delegations,
    ReplyBuilder replies) : IButtonHandler<AcknowledgeAnnouncement>, ICommandHandler
{
    private const string NothingTitle = "Nothing to acknowledge";
    private const string NothingMessage = "I cannot find that announcement; it may have been withdrawn.";

    public static CommandPattern Words { get; } = CommandPattern.Phrases("acknowledge", "acknowledged", "ack");

    public async Task<ButtonResult> HandleAsync(ITurnContext turnContext, AcknowledgeAnnouncement action, CancellationToken cancellationToken)
    {
        var announcement = await announcements.GetAsync(action.AnnouncementId, cancellationToken);
        if (announcement is null || await AcknowledgeAsync(turnContext, announcement, cancellationToken) is not { } acknowledgement)
        {
            return replies.NewMessage(new NoticeView(NothingTitle, NothingMessage));
        }

        // In a shared conversation the card is everyone's: the acknowledgement is confirmed to the one who pressed instead.
        if (turnContext.Activity.Conversation?.ConversationType is not (null or "personal"))
        {
            return Confirmation(announcement, acknowledgement);
        }

        var view = (await views.ViewAsync(announcement, cancellationToken)) with { AcknowledgedAt = acknowledgement.AcknowledgedAt };
        return replies.ReplaceCard(view);
    }

    public async Task HandleAsync(ITurnContext<IMessageActivity> turnContext, CommandMatch command, CancellationToken cancellationToken)
    {
        Announcement? latest = null;
        await foreach (var announcement in announcements.ListAsync(cancellationToken))
        {
            if (announcement.Status != AnnouncementStatus.Draft && (latest is null || announcement.SentAt > latest.SentAt))
            {
                latest = announcement;
            }
        }

        var result = latest is not null && await AcknowledgeAsync(turnContext, latest, cancellationToken) is { } acknowledgement
            ? Confirmation(latest, acknowledgement)
            : replies.NewMessage(new NoticeView(NothingTitle, "There is no announcement to acknowledge yet."));
        await turnContext.SendActivityAsync(CardReply.From(result.Reply), cancellationToken);
    }

    private async Task<Acknowledgement?> AcknowledgeAsync(ITurnContext turnContext, Announcement announcement, CancellationToken cancellationToken)
    {
        var user = TurnUser.Of(turnContext);
        var delegation = await delegations.DelegationOfAsync(user.AadObjectId, cancellationToken);
        return await book.AcknowledgeAsync(announcement.Id, user, delegation, cancellationToken);
    }

    private ButtonResult Confirmation(Announcement announcement, Acknowledgement acknowledgement) =>
        replies.NewMessage(new NoticeView("Acknowledged",
            $"Thank you{(acknowledgement.UserName is { } name ? ", " + name : "")}: your acknowledgement of \u201C{announcement.Content.Title}\u201D is recorded.",
            IsProblem: false));
}
