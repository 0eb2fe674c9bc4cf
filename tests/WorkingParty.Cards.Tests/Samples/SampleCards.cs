using WorkingParty.Cards.AdaptiveCards;
using WorkingParty.Cards.Presentation;
using WorkingParty.Cards.Views;

namespace WorkingParty.Cards.Tests.Samples;

/// <summary>One sample of every card the bot can send, with its plain-text twin, built from the seed answers.</summary>
public static class SampleCards
{
    public static readonly CardContext Context = new(new Uri("https://bot.example.org/"));
    public static readonly DateTimeOffset ReceivedAt = new(2017, 3, 27, 14, 5, 0, TimeSpan.Zero);

    /// <summary>Where the working party sits: the text twins write moments on its clock.</summary>
    public static readonly TimeZoneInfo Brussels = TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");

    /// <summary>What delegates type into forms, including text that must never be read as markup.</summary>
    public const string HostileComment = "*bold* _italic_ <b>tag</b> [link](http://x) # not a heading\n1. not a list";

    public sealed record Sample(string Kind, AdaptiveCard Card, string Text);

    public static IReadOnlyList<Sample> All()
    {
        var builder = new CardBuilder(Context);
        return
        [
            new("next-meetings", builder.Build(SeedAnswers.NextMeetings()), TextRenderer.Render(SeedAnswers.NextMeetings())),
            new("deadlines", builder.Build(SeedAnswers.Deadlines()), TextRenderer.Render(SeedAnswers.Deadlines())),
            new("deadlines-200", builder.Build(SeedAnswers.TwoHundredDeadlines(), "open deadlines"), TextRenderer.Render(SeedAnswers.TwoHundredDeadlines())),
            new("agenda", builder.Build(SeedAnswers.Agenda()), TextRenderer.Render(SeedAnswers.Agenda())),
            new("agenda-item", builder.Build(SeedAnswers.Item7()), TextRenderer.Render(SeedAnswers.Item7())),
            new("actor-statements", builder.Build(SeedAnswers.Enisa()), TextRenderer.Render(SeedAnswers.Enisa())),
            new("document", builder.Build(SeedAnswers.Document7130()), TextRenderer.Render(SeedAnswers.Document7130())),
            new("carry-over", builder.Build(SeedAnswers.CarryOver()), TextRenderer.Render(SeedAnswers.CarryOver())),
            new("search", builder.Build(SeedAnswers.Search()), TextRenderer.Render(SeedAnswers.Search())),
            new("not-found", builder.Build(SeedAnswers.NotFound()), TextRenderer.Render(SeedAnswers.NotFound())),
            new("help", builder.Help(), TextRenderer.Help()),
            new("help-secretariat", builder.Help(forSecretariat: true), TextRenderer.Help(forSecretariat: true)),
            new("welcome", builder.Welcome(), TextRenderer.Welcome()),
            new("error", builder.Notice("Something went wrong", "I could not answer. Reference: 7f3a2c."), TextRenderer.Notice("Something went wrong", "I could not answer. Reference: 7f3a2c.")),
            new("comment-form", builder.CommentForm(CommentForm()), TextRenderer.CommentForm(CommentForm())),
            new("comment-form-error", builder.CommentForm(CommentFormWithError()), TextRenderer.CommentForm(CommentFormWithError())),
            new("comment-receipt", builder.CommentReceipt(Receipt()), TextRenderer.CommentReceipt(Receipt(), Brussels)),
            new("my-comments", builder.MyComments(MyComments()), TextRenderer.MyComments(MyComments(), Brussels)),
            new("comment-export", builder.CommentExport(Export()), TextRenderer.CommentExport(Export(), Brussels)),
            new("late-comments", builder.LateComments(LateComments()), TextRenderer.LateComments(LateComments(), Brussels)),
            new("announce-form", builder.AnnounceForm(AnnounceForm()), TextRenderer.AnnounceForm()),
            new("announcement-preview", builder.AnnouncementPreview(Preview()), TextRenderer.AnnouncementPreview(Preview(), Brussels)),
            new("announcement", builder.Announcement(Announcement()), TextRenderer.Announcement(Announcement(), Brussels)),
            new("broadcast-status", builder.BroadcastStatus(Status()), TextRenderer.BroadcastStatus(Status(), Brussels)),
            new("broadcast-status-export", builder.BroadcastStatus(StatusWithExport()), TextRenderer.BroadcastStatus(StatusWithExport(), Brussels)),
            new("minutes-summary", builder.MinutesSummary(MinutesSummary()), TextRenderer.MinutesSummary(MinutesSummary())),
            new("minutes-published", builder.MinutesSummary(MinutesPublished()), TextRenderer.MinutesSummary(MinutesPublished())),
        ];
    }

    public static CommentFormView CommentForm() =>
        new(SeedAnswers.Comments7130(), CouncilDelegations.MemberStates, 4000, "nonce-3f9c") { Delegation = "CZ" };

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

    public static CommentExportView Export() => new(
        SeedAnswers.Comments7130().Id, SeedAnswers.Comments7130().Subject, new(2017, 3, 29), 12,
        new Uri("https://bot.example.org/exports/5kq2w9x7.docx"), new Uri("https://bot.example.org/exports/5kq2w9x7.csv"), ReceivedAt.AddMinutes(30))
    { AwaitingLate = 2 };

    public static LateCommentsView LateComments() => new(null,
    [
        new(Receipt() with { Reference = "C-2017-0063", ReceivedAt = ReceivedAt.AddDays(3), CanChange = false, IsLate = true }, "Jana Novak"),
        new(Receipt() with { Reference = "C-2017-0064", Delegation = "FR", ReceivedAt = ReceivedAt.AddDays(3).AddHours(2), CanChange = false, Text = HostileComment, Document = null }, "Pierre Martin"),
    ])
    { Notice = "Accepted C-2017-0063 from CZ (Jana Novak) as late: it is now in the compilation, marked late." };

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

    public static BroadcastStatusView StatusWithExport() =>
        Status() with { ExportUrl = new Uri(Context.PublicBaseUrl, "exports/acknowledgements/3q2-K9f") };

    public static MinutesSummaryView MinutesSummary() => new(
        "upload-20170325-a1", "minutes-hwp-cyber-2017-03.txt", "Horizontal Working Party on Cyber Issues",
        "Outcome of proceedings, Horizontal Working Party on Cyber Issues", new(2017, 3, 15), DateInferred: true, Items: 9,
        [new(new(2017, 4, 19), "next meeting of the working party")],
        [new(new(2017, 3, 29), SeedAnswers.Comments7130().Subject, 7), new(new(2017, 4, 3), SeedAnswers.CommentsToolbox().Subject, 9)]);

    public static MinutesSummaryView MinutesPublished() => MinutesSummary() with { State = MinutesUploadState.Published };
}
