using System.Text.RegularExpressions;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using WorkingParty.Bot.Replies;
using WorkingParty.Bot.Routing;
using WorkingParty.Cards;

namespace WorkingParty.Bot.Features.Comments;

/// <summary>The typed command "my comments" (also "show my comments", "list my written comments", …).</summary>
public sealed partial class MyCommentsCommand(CommentViews views, ReplyBuilder replies) : ICommandHandler
{
    public static CommandPattern Pattern { get; } = CommandPattern.Expression(Command(), "my comments", "show me all my written comments");

    public async Task HandleAsync(ITurnContext<IMessageActivity> turnContext, CommandMatch command, CancellationToken cancellationToken)
    {
        var mine = await views.MineAsync(CommentAuthors.Of(turnContext).UserId, cancellationToken);
        await turnContext.SendActivityAsync(CardReply.From(replies.Build(mine)), cancellationToken);
    }

    [GeneratedRegex(@"^(?:(?:show|list|see|view)\s+(?:me\s+)?)?(?:all\s+)?my\s+(?:written\s+)?comments?\s*[.!?]*$", RegexOptions.IgnoreCase)]
    private static partial Regex Command();
}
