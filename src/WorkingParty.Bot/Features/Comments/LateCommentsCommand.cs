using System.Text.RegularExpressions;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using WorkingParty.Bot.Bots;
using WorkingParty.Bot.Features.Secretariat;

namespace WorkingParty.Bot.Features.Comments;

/// <summary>"late comments [&lt;deadline id&gt;]", for the secretariat only: the comments sent after their deadline.</summary>
public sealed partial class LateCommentsCommand(LateComments late) : IMessageHandler
{
    public bool Handles(IMessageActivity message, string text) => Command().IsMatch(text);

    public async Task HandleAsync(ITurnContext<IMessageActivity> turnContext, string text, CancellationToken cancellationToken)
    {
        var id = Command().Match(text).Groups["id"];
        var reply = await late.RefuseUnlessSecretariatAsync(turnContext, cancellationToken)
            ?? await late.ListAsync(id.Success ? id.Value : null, cancellationToken);
        await turnContext.SendActivityAsync(SecretariatReplies.Message(reply), cancellationToken);
    }

    [GeneratedRegex(@"^(?:(?:show|list|see|view)\s+(?:me\s+)?)?(?:the\s+)?late\s+(?:written\s+)?comments?(?:\s+(?:on|for|of))?(?:\s+(?<id>[^\s?!]+))?\s*[.!?]*$", RegexOptions.IgnoreCase)]
    private static partial Regex Command();
}
