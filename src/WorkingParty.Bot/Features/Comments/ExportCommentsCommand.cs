using System.Text.RegularExpressions;
using WorkingParty.Bot.Features.Exports;
using WorkingParty.Comments;
using WorkingParty.Comments.Model;
using WorkingParty.Comments.Service;

namespace WorkingParty.Bot.Features.Comments;

/// <summary>
/// "export comments &lt;deadline id&gt;", for the secretariat: the compilation, as Word and CSV files, handed to the member
/// who asked in their personal chat (<see cref="ExportDelivery"/>); asked anywhere else, that conversation is only told so.
/// </summary>
public sealed partial class ExportCommentsCommand(
    CommentService comments, MinutesDeadlineCatalog deadlines, ExportDelivery delivery, ReplyBuilder replies) : ICommandHandler
{
    private const string NotExportedTitle = "No compilation made";

    public static CommandPattern Pattern { get; } = CommandPattern.Expression(Command(), "export comments", "export the written comments on 2017-03-15-hwp-cyber-issues/item-7-2017-03-29");

    public async Task HandleAsync(ITurnContext<IMessageActivity> turnContext, CommandMatch command, CancellationToken cancellationToken)
    {
        if (await ExportAsync(turnContext, command.Argument ?? "", cancellationToken) is { } notice)
            await turnContext.SendActivityAsync(CardReply.From(replies.Build(notice)), cancellationToken);
    }

    /// <summary>Hands the compilation over; what to say where it was asked, if anything.</summary>
    private async Task<NoticeView?> ExportAsync(ITurnContext turnContext, string deadlineId, CancellationToken cancellationToken)
    {
        if (deadlineId.Length == 0)
            return new NoticeView(NotExportedTitle, $"Write \u201Cexport comments\u201D and the deadline's reference. {await KnownDeadlinesAsync(cancellationToken)}");
        if (await comments.CompileAsync(deadlineId, cancellationToken) is not { } compilation)
            return new NoticeView(NotExportedTitle, $"There is no deadline '{deadlineId}' in the minutes. {await KnownDeadlinesAsync(cancellationToken)}");
        var deadline = compilation.Deadline;
        var summary = new CommentExportView(deadline.Id, deadline.Subject, deadline.DueDate, compilation.Comments.Count)
        {
            AwaitingLate = (await comments.ListLateAsync(deadline.Id, cancellationToken)).Count(c => c.Status == CommentStatus.AwaitingLateAcceptance),
            Unconfirmed = compilation.Unconfirmed.Count,
            MinutesWithdrawn = deadline.MinutesWithdrawn,
        };
        return await delivery.SendAsync(turnContext, $"Compilation of written comments: {deadline.Subject}", summary, CommentsExportSource.Files(deadline.Id), cancellationToken);
    }

    private async Task<string> KnownDeadlinesAsync(CancellationToken cancellationToken)
    {
        var ids = await deadlines.AllIdsAsync(cancellationToken);
        return ids.Count == 0 ? "The minutes hold no deadlines yet." : $"Deadlines in the minutes: {string.Join(", ", ids.Take(20))}.";
    }

    [GeneratedRegex(@"^export\s+(?:the\s+)?(?:written\s+)?comments?(?:\s+(?:on|for|of))?(?:\s+(?<argument>\S+))?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Command();
}
