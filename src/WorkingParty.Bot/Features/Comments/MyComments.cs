using System.Text.RegularExpressions;

namespace WorkingParty.Bot.Features.Comments;

/// <summary>
/// A delegate's own comments: the typed command "my comments" (also "show my comments", "list my written comments", …),
/// and the next page of the list.
/// </summary>
public sealed partial class MyComments(CommentViews views, ReplyBuilder replies) : ICommandHandler, IButtonHandler<ShowMyComments>
{
    public static CommandPattern Pattern { get; } = CommandPattern.Expression(Command(), "my comments", "show me all my written comments");

    public async Task HandleAsync(ITurnContext<IMessageActivity> turnContext, CommandMatch command, CancellationToken cancellationToken) =>
        await turnContext.SendActivityAsync(CardReply.From(replies.Build(await MineAsync(turnContext, cancellationToken))), cancellationToken);

    public async Task<ButtonResult> HandleAsync(ITurnContext turnContext, ShowMyComments action, CancellationToken cancellationToken) =>
        replies.NewMessage(await MineAsync(turnContext, cancellationToken), offset: action.Offset);

    private Task<MyCommentsView> MineAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        views.MineAsync(TurnUser.AuthorOf(turnContext).UserId, cancellationToken);

    [GeneratedRegex(@"^(?:(?:show|list|see|view)\s+(?:me\s+)?)?(?:all\s+)?my\s+(?:written\s+)?comments?\s*[.!?]*$", RegexOptions.IgnoreCase)]
    private static partial Regex Command();
}
