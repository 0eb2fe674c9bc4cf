using WorkingParty.Answers.Model;
using WorkingParty.Cards.Presentation.Announcements;
using WorkingParty.Cards.Presentation.Answers;
using WorkingParty.Cards.Presentation.Comments;
using WorkingParty.Cards.Presentation.Conversation;
using WorkingParty.Cards.Presentation.Minutes;
using WorkingParty.Cards.Views;

namespace WorkingParty.Cards.Presentation;

/// <summary>
/// Every kind of answer and view the bot shows, each with the one presentation that makes its reply (card and text).
/// A new kind is a presentation file and one line here; a kind listed twice stops the bot at start.
/// </summary>
internal static class Presentations
{
    private static readonly Dictionary<Type, Func<object, ReplyRequest, Reply>> ByKind = new Registry()
        .Add<NextMeetingsAnswer>(NextMeetingsPresentation.Present)
        .Add<DeadlinesAnswer>(DeadlinesPresentation.Present)
        .Add<AgendaAnswer>(AgendaPresentation.Present)
        .Add<AgendaItemAnswer>(AgendaItemPresentation.Present)
        .Add<ActorStatementsAnswer>(CitedPassagesPresentation.Present)
        .Add<DocumentAnswer>(CitedPassagesPresentation.Present)
        .Add<CarryOverAnswer>(CitedPassagesPresentation.Present)
        .Add<PassagesAnswer>(PassagesPresentation.Present)
        .Add<LastMeetingsAnswer>(MeetingsHeldPresentation.Present)
        .Add<MinutesListAnswer>(MeetingsHeldPresentation.Present)
        .Add<NotFoundAnswer>(NotFoundPresentation.Present)
        .Add<HelpView>(HelpPresentation.Present)
        .Add<WelcomeView>(WelcomePresentation.Present)
        .Add<NoticeView>(NoticePresentation.Present)
        .Add<CommentFormView>(CommentFormPresentation.Present)
        .Add<CommentReceiptView>(CommentReceiptPresentation.Present)
        .Add<MyCommentsView>(MyCommentsPresentation.Present)
        .Add<CommentExportView>(CommentExportPresentation.Present)
        .Add<LateCommentsView>(LateCommentsPresentation.Present)
        .Add<AnnounceFormView>(AnnounceFormPresentation.Present)
        .Add<AnnouncementPreviewView>(AnnouncementPresentation.Present)
        .Add<AnnouncementView>(AnnouncementPresentation.Present)
        .Add<BroadcastStatusView>(BroadcastStatusPresentation.Present)
        .Add<MinutesSummaryView>(MinutesSummaryPresentation.Present)
        .ByKind;

    public static IEnumerable<Type> Kinds => ByKind.Keys;

    public static Reply Present(object content, ReplyRequest request) =>
        ByKind.TryGetValue(content.GetType(), out var present)
            ? present(content, request)
            : throw new ArgumentException($"No reply for {content.GetType().Name}: give it a presentation in Presentations.", nameof(content));

    internal sealed class Registry
    {
        public Dictionary<Type, Func<object, ReplyRequest, Reply>> ByKind { get; } = [];

        public Registry Add<T>(Func<T, ReplyRequest, Reply> present) where T : notnull
        {
            if (!ByKind.TryAdd(typeof(T), (content, request) => present((T)content, request)))
            {
                throw new InvalidOperationException($"{typeof(T).Name} has two presentations; keep one.");
            }
            return this;
        }
    }
}
