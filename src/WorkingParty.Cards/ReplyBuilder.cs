using WorkingParty.Cards.Presentation;
using WorkingParty.Cards.Presentation.Announcements;
using WorkingParty.Cards.Presentation.Answers;
using WorkingParty.Cards.Presentation.Comments;
using WorkingParty.Cards.Presentation.Conversation;
using WorkingParty.Cards.Presentation.Delegations;
using WorkingParty.Cards.Presentation.Exports;
using WorkingParty.Cards.Presentation.Minutes;

namespace WorkingParty.Cards;

/// <summary>
/// The one place that turns what the bot has to say (an answer from <c>WorkingParty.Answers</c>, or a view from
/// <c>Views/</c>) into a <see cref="Reply"/>: its Adaptive Card and plain-text twin, made together by the presentation
/// of that kind (<c>Presentation/</c>). Features hand it what they have and send the reply.
/// <para>
/// To show a new kind of answer or view: write its presentation, a static <c>Present(kind, ReplyRequest)</c> that makes
/// the card and the text (beside the others in <c>Presentation/</c>), and add one line to the list below.
/// </para>
/// </summary>
/// <param name="publicBaseUrl">Where users' browsers reach the bot (calendar files).</param>
/// <param name="zone">The working party's time zone, which plain text writes moments in (cards leave them to each reader's Teams).</param>
public sealed class ReplyBuilder(Uri publicBaseUrl, TimeZoneInfo zone)
{
    private static readonly Dictionary<Type, Func<object, ReplyRequest, Reply>> Presentations = new Registry()
        .Add<NextMeetingsAnswer>(NextMeetingsPresentation.Present)
        .Add<DeadlinesAnswer>(DeadlinesPresentation.Present)
        .Add<AgendaAnswer>(AgendaPresentation.Present)
        .Add<AgendaItemAnswer>(AgendaItemPresentation.Present)
        .Add<ActorStatementsAnswer>(CitedPassagesPresentation.Present)
        .Add<DocumentAnswer>(CitedPassagesPresentation.Present)
        .Add<CarryOverAnswer>(CitedPassagesPresentation.Present)
        .Add<PassagesAnswer>(PassagesPresentation.Present)
        .Add<SpeakersAnswer>(SpeakersPresentation.Present)
        .Add<LastMeetingsAnswer>(MeetingsHeldPresentation.Present)
        .Add<MinutesListAnswer>(MeetingsHeldPresentation.Present)
        .Add<MinutesIssuedAnswer>(MeetingsHeldPresentation.Present)
        .Add<NotFoundAnswer>(NotFoundPresentation.Present)
        .Add<HelpView>(HelpPresentation.Present)
        .Add<WelcomeView>(WelcomePresentation.Present)
        .Add<NoticeView>(NoticePresentation.Present)
        .Add<CommentFormView>(CommentFormPresentation.Present)
        .Add<CommentReceiptView>(CommentReceiptPresentation.Present)
        .Add<MyCommentsView>(MyCommentsPresentation.Present)
        .Add<CommentExportView>(CommentExportPresentation.Present)
        .Add<DownloadLinksView>(DownloadLinksPresentation.Present)
        .Add<LateCommentsView>(LateCommentsPresentation.Present)
        .Add<DelegationRosterView>(DelegationRosterPresentation.Present)
        .Add<DelegationAssignFormView>(DelegationAssignFormPresentation.Present)
        .Add<AnnounceFormView>(AnnounceFormPresentation.Present)
        .Add<AnnouncementPreviewView>(AnnouncementPresentation.Present)
        .Add<AnnouncementView>(AnnouncementPresentation.Present)
        .Add<BroadcastStatusView>(BroadcastStatusPresentation.Present)
        .Add<MinutesReviewView>(MinutesReviewPresentation.Present)
        .Add<StoredMinutesView>(StoredMinutesPresentation.Present)
        .Presentations;

    /// <summary>Every kind of answer and view with a presentation.</summary>
    internal static IEnumerable<Type> Kinds => Presentations.Keys;

    /// <param name="content">An answer or a view.</param>
    /// <param name="question">The question an answer answers: a shortened list's "Show more" asks it again.</param>
    /// <param name="offset">Where a long list starts (the next page of one).</param>
    public Reply Build(object content, string? question = null, int offset = 0) =>
        Presentations.TryGetValue(content.GetType(), out var present)
            ? present(content, new ReplyRequest(publicBaseUrl, zone, question, offset))
            : throw new ArgumentException($"No reply for {content.GetType().Name}: give it a presentation in ReplyBuilder.", nameof(content));

    internal sealed class Registry
    {
        public Dictionary<Type, Func<object, ReplyRequest, Reply>> Presentations { get; } = [];

        /// <summary>Refuses a kind that has a presentation already: each kind has one card and one text.</summary>
        public Registry Add<T>(Func<T, ReplyRequest, Reply> present) where T : notnull
        {
            if (!Presentations.TryAdd(typeof(T), (content, request) => present((T)content, request)))
            {
                throw new InvalidOperationException($"{typeof(T).Name} has two presentations; keep one.");
            }
            return this;
        }
    }
}
