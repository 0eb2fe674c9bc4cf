using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using WorkingParty.Bot.Replies;
using WorkingParty.Cards;

namespace WorkingParty.Bot.Bots;

/// <summary>
/// The Teams entry point: sorts each activity (message, card action, installation) and hands it to
/// the feature that deals with it. It holds no feature logic of its own.
/// </summary>
public sealed class WorkingPartyBot(CardBuilder cards) : TeamsActivityHandler
{
    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var text = MessageText.Of(turnContext.Activity);
        if (text.Length == 0 || Commands.IsHelp(text))
        {
            await turnContext.SendActivityAsync(CardReply.From(cards.Help(), TextRenderer.Help()), cancellationToken);
            return;
        }

        await turnContext.SendActivityAsync($"You asked: {text}", cancellationToken: cancellationToken);
    }

    private IMessageActivity Welcome() => CardReply.From(cards.Welcome(), TextRenderer.Welcome());

    protected override Task OnInstallationUpdateAddAsync(ITurnContext<IInstallationUpdateActivity> turnContext, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync(Welcome(), cancellationToken);

    protected override async Task OnTeamsMembersAddedAsync(IList<TeamsChannelAccount> membersAdded, TeamInfo teamInfo, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        if (membersAdded.Any(member => member.Id == turnContext.Activity.Recipient?.Id))
        {
            await turnContext.SendActivityAsync(Welcome(), cancellationToken);
        }
    }
}
