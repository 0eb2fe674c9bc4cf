using WorkingParty.Answers.Model;
using WorkingParty.Cards.Presentation;
using WorkingParty.Cards.Presentation.Announcements;
using WorkingParty.Cards.Presentation.Answers;
using WorkingParty.Cards.Presentation.Comments;
using WorkingParty.Cards.Presentation.Conversation;
using WorkingParty.Cards.Presentation.Minutes;
using WorkingParty.Cards.Views;

namespace WorkingParty.Cards;

/// <summary>
/// The same content as <see cref="CardBuilder"/>, as plain text, for channels that cannot show cards and for the
/// command line. Built from the same answer and view objects, never from card JSON. Text has no client to write a
/// moment in the reader's own time zone, as cards do: the methods that show one take the working party's zone
/// (<c>Clock:TimeZone</c>) and name it.
/// </summary>
public static class TextRenderer
{
    /// <summary>Text has no card size limit, but a chat message still has one: lists stop after this many entries.</summary>
    public const int PageSize = 50;

    public static string Render(Answer answer, int offset = 0)
    {
        var page = new ListPage(null, offset, PageSize);
        return answer switch
        {
            NextMeetingsAnswer next => NextMeetingsPresentation.Text(next, page),
            DeadlinesAnswer deadlines => DeadlinesPresentation.Text(deadlines, page),
            AgendaAnswer agenda => AgendaPresentation.Text(agenda, page),
            AgendaItemAnswer item => AgendaItemPresentation.Text(item, page),
            ActorStatementsAnswer actor => Passages(CitedPassagesPresentation.Titles(actor), actor.Statements, page),
            DocumentAnswer document => Passages(CitedPassagesPresentation.Titles(document), document.Mentions, page),
            CarryOverAnswer carryOver => Passages(CitedPassagesPresentation.Titles(carryOver), carryOver.Items, page),
            SearchAnswer search => SearchPresentation.Text(search, page),
            NotFoundAnswer notFound => NotFoundPresentation.Text(notFound),
            _ => throw new ArgumentException($"No text for answers of kind {answer.GetType().Name}.", nameof(answer)),
        };
    }

    public static string Help(bool forSecretariat = false) => HelpPresentation.Text(forSecretariat);

    public static string Welcome() => WelcomePresentation.Text();

    public static string Notice(string title, string message) => NoticePresentation.Text(title, message);

    public static string CommentForm(CommentFormView form) => CommentFormPresentation.Text(form);

    public static string CommentReceipt(CommentReceiptView receipt, TimeZoneInfo zone) => CommentReceiptPresentation.Text(receipt, zone);

    public static string MyComments(MyCommentsView comments, TimeZoneInfo zone) =>
        MyCommentsPresentation.Text(comments, new ListPage(null, 0, PageSize), zone);

    public static string CommentExport(CommentExportView export, TimeZoneInfo zone) => CommentExportPresentation.Text(export, zone);

    public static string LateComments(LateCommentsView late, TimeZoneInfo zone) =>
        LateCommentsPresentation.Text(late, new ListPage(null, 0, PageSize), zone);

    public static string AnnounceForm() => AnnounceFormPresentation.Text();

    public static string AnnouncementPreview(AnnouncementPreviewView preview, TimeZoneInfo zone) =>
        AnnouncementPresentation.PreviewText(preview, zone);

    public static string Announcement(AnnouncementView announcement, TimeZoneInfo zone) => AnnouncementPresentation.Text(announcement, zone);

    public static string BroadcastStatus(BroadcastStatusView status, TimeZoneInfo zone) =>
        BroadcastStatusPresentation.Text(status, new ListPage(null, 0, PageSize), zone);

    public static string MinutesSummary(MinutesSummaryView summary) => MinutesSummaryPresentation.Text(summary);

    private static string Passages((string Title, string Empty) titles, IReadOnlyList<CitedText> passages, ListPage page) =>
        CitedPassagesPresentation.Text(titles.Title, titles.Empty, passages, page);
}
