using WorkingParty.Announcements.Reminders;

namespace WorkingParty.Bot.Features.Announcements;

/// <summary>"announce", for the secretariat: the announce form, with the open deadlines it may extend.</summary>
public sealed class AnnounceCommand(IOpenDeadlines openDeadlines, ReplyBuilder replies) : ICommandHandler
{
    public static CommandPattern Words { get; } = CommandPattern.Phrases("announce", "new announcement", "announcement");

    public async Task HandleAsync(ITurnContext<IMessageActivity> turnContext, CommandMatch command, CancellationToken cancellationToken) =>
        await turnContext.SendActivityAsync(CardReply.From(replies.Build(AnnounceForm.Empty(await openDeadlines.ListAsync(cancellationToken)))), cancellationToken);
}
