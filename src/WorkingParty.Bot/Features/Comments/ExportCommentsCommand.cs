using System.Text.RegularExpressions;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using WorkingParty.Bot.Replies;
using WorkingParty.Bot.Routing;
using WorkingParty.Cards;
using WorkingParty.Cards.Views;
using WorkingParty.Comments;

namespace WorkingParty.Bot.Features.Comments;

/// <summary>
/// "export comments &lt;deadline id&gt;", for the secretariat: answers with short-lived links to the
/// compilation as Word and CSV, served by <see cref="ExportEndpoint"/>.
/// </summary>
public sealed partial class ExportCommentsCommand(
    CommentService comments, MinutesDeadlineCatalog deadlines, ExportLinks links, ReplyBuilder replies, Uri publicUrl) : ICommandHandler
{
    private const string NotExportedTitle = "No compilation made";

    public static CommandPattern Pattern { get; } = CommandPattern.Expression(Command(), "export comments", "export the written comments on 2017-03-15-hwp-cyber-issues/item-7-2017-03-29");

    public async Task HandleAsync(ITurnContext<IMessageActivity> turnContext, CommandMatch command, CancellationToken cancellationToken) =>
        await turnContext.SendActivityAsync(await ExportAsync(command.Argument ?? "", cancellationToken), cancellationToken);

    private async Task<IMessageActivity> ExportAsync(string deadlineId, CancellationToken cancellationToken)
    {
        if (deadlineId.Length == 0)
            return Notice(NotExportedTitle, $"Write \u201Cexport comments\u201D and the deadline's reference. {await KnownDeadlinesAsync(cancellationToken)}");
        if (await comments.CompileAsync(deadlineId, cancellationToken) is not { } compilation)
            return Notice(NotExportedTitle, $"There is no deadline '{deadlineId}' in the minutes. {await KnownDeadlinesAsync(cancellationToken)}");
        var (token, expiresAt) = await links.IssueAsync(compilation.Deadline.Id, cancellationToken);
        var export = new CommentExportView(compilation.Deadline.Id, compilation.Deadline.Subject, compilation.Deadline.DueDate,
            compilation.Comments.Count, Link(token, "docx"), Link(token, "csv"), expiresAt)
        {
            AwaitingLate = (await comments.ListLateAsync(compilation.Deadline.Id, cancellationToken)).Count(c => c.Status == CommentStatus.AwaitingLateAcceptance),
        };
        return CardReply.From(replies.Build(export));
    }

    private Uri Link(string token, string format) => new($"{publicUrl.AbsoluteUri.TrimEnd('/')}/exports/{token}.{format}");

    private async Task<string> KnownDeadlinesAsync(CancellationToken cancellationToken)
    {
        var ids = await deadlines.AllIdsAsync(cancellationToken);
        return ids.Count == 0 ? "The minutes hold no deadlines yet." : $"Deadlines in the minutes: {string.Join(", ", ids.Take(20))}.";
    }

    private IMessageActivity Notice(string title, string message) => CardReply.From(replies.Build(new NoticeView(title, message)));

    [GeneratedRegex(@"^export\s+(?:the\s+)?(?:written\s+)?comments?(?:\s+(?:on|for|of))?(?:\s+(?<argument>\S+))?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Command();
}
