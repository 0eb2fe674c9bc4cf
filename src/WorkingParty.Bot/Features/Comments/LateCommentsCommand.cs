using System.Text.RegularExpressions;

namespace WorkingParty.Bot.Features.Comments;

/// <summary>"late comments [&lt;deadline id&gt;]", for the secretariat: the comments sent after their deadline.</summary>
public sealed partial class LateCommentsCommand(LateComments late) : ICommandHandler
{
    public static CommandPattern Pattern { get; } = CommandPattern.Expression(Command(), "late comments", "show the late comments on 2017-03-15-hwp-cyber-issues/item-7-2017-03-29");

    public async Task HandleAsync(ITurnContext<IMessageActivity> turnContext, CommandMatch command, CancellationToken cancellationToken) =>
        await turnContext.SendActivityAsync(CardReply.From((await late.ListAsync(command.Argument, cancellationToken)).Reply), cancellationToken);

    [GeneratedRegex(@"^(?:(?:show|list|see|view)\s+(?:me\s+)?)?(?:the\s+)?late\s+(?:written\s+)?comments?(?:\s+(?:on|for|of))?(?:\s+(?<argument>[^\s?!]+))?\s*[.!?]*$", RegexOptions.IgnoreCase)]
    private static partial Regex Command();
}
