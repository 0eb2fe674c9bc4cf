using WorkingParty.Cards.AdaptiveCards;
using WorkingParty.Cards.Views;
using WorkingParty.Council;

namespace WorkingParty.Cards.Tests.Samples;

/// <summary>One sample of every card the bot can send, with its plain-text twin, built from the seed answers.</summary>
public static class SampleCards
{
    /// <summary>Where the working party sits: the text twins write moments on its clock.</summary>
    public static readonly TimeZoneInfo Brussels = TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");

    public static readonly Uri PublicUrl = new("https://bot.example.org/");

    /// <summary>The replies of a bot reached at <see cref="PublicUrl"/>, for a working party in Brussels.</summary>
    public static ReplyBuilder Replies { get; } = new(PublicUrl, Brussels);
    public static readonly DateTimeOffset ReceivedAt = new(2017, 3, 27, 14, 5, 0, TimeSpan.Zero);

    /// <summary>What delegates type into forms, including text that must never be read as markup.</summary>
    public const string HostileComment = "*bold* _italic_ <b>tag</b> [link](http://x) # not a heading\n1. not a list";

    /// <summary>A sample: the answer or view, and the reply made from it.</summary>
    public sealed record Sample(string Kind, object Content, Reply Reply)
    {
        public AdaptiveCard Card => Reply.Card;

        public string Text => Reply.Text;
    }

    public static IReadOnlyList<Sample> All()
    {
        Sample Of(string kind, object content, string? question = null) => new(kind, content, Replies.Build(content, question));
        return
        [
            Of("next-meetings", SeedAnswers.NextMeetings()),
            Of("deadlines", SeedAnswers.Deadlines()),
            Of("deadlines-200", SeedAnswers.TwoHundredDeadlines(), "open deadlines"),
            Of("agenda", SeedAnswers.Agenda()),
            Of("agenda-item", SeedAnswers.Item7()),
            Of("actor-statements", SeedAnswers.Enisa()),
            Of("document", SeedAnswers.Document7130()),
            Of("carry-over", SeedAnswers.CarryOver()),
            Of("passages", SeedAnswers.Passages()),
            Of("speakers", SeedAnswers.Speakers()),
            Of("not-found", SeedAnswers.NotFound()),
            Of("not-found-scoped", SeedAnswers.NotFoundInOneWorkingParty()),
            Of("next-meetings-doubtful", SeedAnswers.NextMeetingsWithDoubt()),
            Of("deadlines-doubtful", SeedAnswers.DeadlinesWithDoubt()),
            Of("next-meetings-corrected", SeedAnswers.NextMeetingsCorrected()),
            Of("deadlines-corrected", SeedAnswers.DeadlinesCorrected()),
            Of("last-meeting", SeedAnswers.LastMeetings()),
            Of("minutes-list", SeedAnswers.MinutesList()),
            Of("minutes-issued", SeedAnswers.MinutesIssued()),
            Of("help", new HelpView()),
            Of("help-secretariat", new HelpView(ForSecretariat: true)),
            Of("welcome", new WelcomeView()),
            Of("error", new NoticeView("Something went wrong", "I could not answer. Reference: 7f3a2c.")),
            Of("comment-form", CommentForm()),
            Of("comment-form-error", CommentFormWithError()),
            Of("comment-receipt", Receipt()),
            Of("my-comments", MyComments()),
            Of("comment-export", Export()),
            Of("download-links", DownloadLinks()),
            Of("late-comments", LateComments()),
            Of("delegation-roster", DelegationRoster()),
            Of("delegation-assign-form", DelegationAssignForm()),
            Of("announce-form", AnnounceForm()),
            Of("announcement-preview", Preview()),
            Of("announcement", Announcement()),
            Of("broadcast-status", Status()),
            Of("minutes-review", ReviewSamples.Seed()),
            Of("minutes-review-large", ReviewSamples.Large()),
            Of("minutes-review-large-page-2", ReviewSamples.Large() with { Page = 1 }),
            Of("minutes-review-conflict", ReviewSamples.Seed() with { Notice = ReviewSamples.Conflict }),
            Of("minutes-review-published", ReviewSamples.Published()),
            Of("minutes-review-revision", ReviewSamples.Revision()),
            Of("stored-minutes", ReviewSamples.StoredMinutes()),
        ];
    }

    public static CommentFormView CommentForm() =>
        new(SeedAnswers.Comments7130(), DelegationTable.Default.MemberStates, 4000, "nonce-3f9c") { Delegation = "CZ" };

    public static CommentFormView CommentFormWithError() => CommentForm() with
    {
        Text = HostileComment,
        Error = "The deadline of 29 March 2017 has passed: the comments were not sent. The secretariat may still accept them.",
    };

    public static CommentReceiptView Receipt() => new(
        "C-2017-0042", SeedAnswers.Comments7130().Id, SeedAnswers.Comments7130().Subject, new(2017, 3, 29), "CZ",
        "The Czech Republic supports the draft line. " + HostileComment, ReceivedAt)
    { Document = "7130/17", CanChange = true };

    public static MyCommentsView MyComments() => new(
    [
        Receipt(),
        Receipt() with
        {
            Reference = "C-2017-0051", Subject = SeedAnswers.CommentsToolbox().Subject, DeadlineDate = new(2017, 4, 3),
            Text = "Attribution should be addressed first.", Version = 2, State = CommentState.Updated, Document = null,
        },
    ]);

    public static CommentExportView Export() => new(SeedAnswers.Comments7130().Id, SeedAnswers.Comments7130().Subject, new(2017, 3, 29), 12)
    {
        AwaitingLate = 2,
        Unconfirmed = 1,
    };

    public static DownloadLinksView DownloadLinks() => new("Compilation of written comments: " + SeedAnswers.Comments7130().Subject,
    [
        new("Word (.docx)", new Uri(PublicUrl, "exports/5kq2w9x7c4d1e8f6a0b3c5d7e9f1a2b4/comments-2017-03-15-hwp-cyber-issues-item-7-2017-03-29.docx")),
        new("CSV", new Uri(PublicUrl, "exports/0d9c8b7a6f5e4d3c2b1a0f9e8d7c6b5a/comments-2017-03-15-hwp-cyber-issues-item-7-2017-03-29.csv")),
    ], ReceivedAt.AddMinutes(30));

    public static LateCommentsView LateComments() => new(null,
    [
        new(Receipt() with { Reference = "C-2017-0063", ReceivedAt = ReceivedAt.AddDays(3), CanChange = false, IsLate = true }, "Jana Novak"),
        new(Receipt() with { Reference = "C-2017-0064", Delegation = "FR", ReceivedAt = ReceivedAt.AddDays(3).AddHours(2), CanChange = false, Text = HostileComment, Document = null }, "Pierre Martin"),
    ])
    { Notice = "Accepted C-2017-0063 from CZ (Jana Novak) as late: it is now in the compilation, marked late." };

    public static DelegationRosterView DelegationRoster() => new(
    [
        new("6f1c-f5", "Pierre Martin <b>*</b>", "FR", Confirmed: false, "declared by the user"),
        new("6f1c-c2", "Jana Novak", "CZ", Confirmed: true, "by Maria Rossi"),
        new("6f1c-d3", "Lena Vogel", "DE", Confirmed: true, "by the configuration"),
    ], Seeded: 12)
    { Notice = "Jana Novak writes for CZ, confirmed." };

    public static DelegationAssignFormView DelegationAssignForm() => new(DelegationRoster().Members[0], DelegationTable.Default.MemberStates);

    public static AnnounceFormView AnnounceForm() => new(
        [new(SeedAnswers.Comments7130().Id, new(2017, 3, 29), SeedAnswers.Comments7130().Subject),
         new(SeedAnswers.CommentsToolbox().Id, new(2017, 4, 3), SeedAnswers.CommentsToolbox().Subject)],
        "nonce-a1");

    public static AnnouncementView Announcement() => new(
        "A-2017-007", "Meeting moved and deadline extended",
        "The meeting of 19 April moves to 26 April. Comments on the cyber toolbox paper are welcome until 7 April.",
        AnnouncementImportance.Important, "Secretariat (M. Rossi)", ReceivedAt)
    {
        NextMeetingMovedTo = new(2017, 4, 26),
        DeadlineExtended = new("written comments on the cyber toolbox paper", new(2017, 4, 3), new(2017, 4, 7)),
    };

    public static AnnouncementPreviewView Preview() => new(Announcement(), AnnouncementAudience.Everyone, 34);

    public static BroadcastStatusView Status() => new("A-2017-007", Announcement().Title, 31, 1, 2,
    [
        new("Jana Novak", "CZ", ReceivedAt.AddMinutes(3)),
        new("Pierre Martin", "FR", ReceivedAt.AddMinutes(9)),
        new("Anna Schmidt", "DE", null),
        new("Luca Bianchi", "IT", null),
    ], ReceivedAt.AddMinutes(10));
}
