using System.Globalization;
using WorkingParty.Bot.Features.Secretariat;
using WorkingParty.Comments;
using WorkingParty.Comments.Model;
using WorkingParty.Comments.Service;
using WorkingParty.Minutes.Model;
using WorkingParty.Minutes.Revisions;

namespace WorkingParty.Bot.Features.MinutesReview;

/// <summary>
/// Tells each delegate who commented on a deadline that a revision of the minutes moved, in their personal chat, the
/// new due date; their comments stay attached to it. The revision stands whatever happens to the message (<see cref="PersonalChatMessenger"/>).
/// </summary>
public sealed class MovedDeadlineNotifier(CommentService comments, PersonalChatMessenger messenger, ReplyBuilder replies)
{
    public async Task TellAuthorsAsync(Meeting revised, IEnumerable<MovedDeadline> moved, CancellationToken cancellationToken)
    {
        foreach (var deadline in moved.Where(m => m.Date != m.EarlierDate))
        {
            var written = await comments.ListForDeadlineAsync(deadline.EarlierId, cancellationToken);
            var notice = replies.Build(new NoticeView("A deadline you commented on has moved",
                $"The revised minutes of the {revised.Body} meeting of {Date(revised.Date)} set the deadline for \u201C{deadline.Subject}\u201D " +
                $"on {Date(deadline.Date)}, not {Date(deadline.EarlierDate)}. Your comments on it are kept.", IsProblem: false));
            foreach (var author in written.Select(c => c.Value.Author).DistinctBy(a => a.UserId))
            {
                await messenger.TellAsync(author.UserId, author.DisplayName, notice, $"that the deadline {deadline.EarlierId} they commented on moved", cancellationToken);
            }
        }
    }

    private static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
