using WorkingParty.Answers.Model;
using WorkingParty.Cards.Actions;
using WorkingParty.Cards.AdaptiveCards;
using WorkingParty.Cards.Presentation;
using WorkingParty.Cards.Presentation.Announcements;
using WorkingParty.Cards.Presentation.Answers;
using WorkingParty.Cards.Presentation.Comments;
using WorkingParty.Cards.Presentation.Conversation;
using WorkingParty.Cards.Presentation.Minutes;
using WorkingParty.Cards.Views;

namespace WorkingParty.Cards;

/// <summary>
/// The one place that turns what the bot has to say into Adaptive Cards. Long lists are paged: a card shows as
/// many entries as fit under Teams' payload limit and offers "Show more" (re-asking <c>question</c> from the next
/// offset). <see cref="TextRenderer"/> says the same in plain text.
/// </summary>
public sealed class CardBuilder(CardContext context)
{
    private static readonly int[] PageSizes = [15, 8, 4, 2, 1];

    public AdaptiveCard Build(Answer answer, string? question = null, int offset = 0) => Fit(question, offset, page => answer switch
    {
        NextMeetingsAnswer next => NextMeetingsPresentation.Card(next, context, page),
        DeadlinesAnswer deadlines => DeadlinesPresentation.Card(deadlines, page),
        AgendaAnswer agenda => AgendaPresentation.Card(agenda, page),
        AgendaItemAnswer item => AgendaItemPresentation.Card(item, page),
        ActorStatementsAnswer actor => Passages(CitedPassagesPresentation.Titles(actor), actor.Statements, page),
        DocumentAnswer document => Passages(CitedPassagesPresentation.Titles(document), document.Mentions, page),
        CarryOverAnswer carryOver => Passages(CitedPassagesPresentation.Titles(carryOver), carryOver.Items, page),
        SearchAnswer search => SearchPresentation.Card(search, page),
        NotFoundAnswer notFound => NotFoundPresentation.Card(notFound),
        _ => throw new ArgumentException($"No card for answers of kind {answer.GetType().Name}.", nameof(answer)),
    });

    public AdaptiveCard Help(bool forSecretariat = false) => HelpPresentation.Card(forSecretariat);

    public AdaptiveCard Welcome() => WelcomePresentation.Card();

    /// <summary>A refusal, a failure (with its reference id in <paramref name="message"/>) or a confirmation.</summary>
    public AdaptiveCard Notice(string title, string message, bool isProblem = true) => NoticePresentation.Card(title, message, isProblem);

    public AdaptiveCard CommentForm(CommentFormView form) => CommentFormPresentation.Card(form);

    public AdaptiveCard CommentReceipt(CommentReceiptView receipt) => CommentReceiptPresentation.Card(receipt);

    public AdaptiveCard MyComments(MyCommentsView comments, int offset = 0) =>
        Fit(null, offset, page => MyCommentsPresentation.Card(comments, page), next => new CardActionData(CardVerbs.MyComments) { Offset = next });

    public AdaptiveCard CommentExport(CommentExportView export) => CommentExportPresentation.Card(export);

    public AdaptiveCard LateComments(LateCommentsView late) => Fit(null, 0, page => LateCommentsPresentation.Card(late, page));

    public AdaptiveCard AnnounceForm(AnnounceFormView form) => AnnounceFormPresentation.Card(form);

    public AdaptiveCard AnnouncementPreview(AnnouncementPreviewView preview) => AnnouncementPresentation.Preview(preview);

    public AdaptiveCard Announcement(AnnouncementView announcement) => AnnouncementPresentation.Card(announcement);

    public AdaptiveCard BroadcastStatus(BroadcastStatusView status) =>
        Fit(null, 0, page => BroadcastStatusPresentation.Card(status, page));

    public AdaptiveCard MinutesSummary(MinutesSummaryView summary) => MinutesSummaryPresentation.Card(summary);

    private static AdaptiveCard Passages((string Title, string Empty) titles, IReadOnlyList<CitedText> passages, ListPage page) =>
        CitedPassagesPresentation.Card(titles.Title, titles.Empty, passages, page);

    /// <summary>The largest page, from a few sizes, whose card stays under the payload limit.</summary>
    private static AdaptiveCard Fit(string? question, int offset, Func<ListPage, AdaptiveCard> render, Func<int, CardActionData>? nextPage = null)
    {
        AdaptiveCard card = render(new ListPage(question, offset, PageSizes[0]) { NextPage = nextPage });
        foreach (var size in PageSizes.Skip(1))
        {
            if (CardJson.SizeInBytes(card) <= CardJson.MaxCardBytes) break;
            card = render(new ListPage(question, offset, size) { NextPage = nextPage });
        }
        return card;
    }
}
