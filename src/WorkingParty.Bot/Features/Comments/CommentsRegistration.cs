using WorkingParty.Announcements.Roles;
using WorkingParty.Bot.Features.Exports;
using WorkingParty.Bot.Hosting;
using WorkingParty.Bot.Hosting.Settings;
using WorkingParty.Comments;
using WorkingParty.Comments.Deadlines;
using WorkingParty.Comments.Rules;
using WorkingParty.Comments.Service;

namespace WorkingParty.Bot.Features.Comments;

public static class CommentsRegistration
{
    /// <summary>Written comments through cards, "my comments", and the secretariat's exports and late comments (<c>Comments</c> settings).</summary>
    public static IServiceCollection AddCommentsFeature(this IServiceCollection services)
    {
        // Deadlines close at the end of the day in the working party's one time zone, the same as everywhere else in the bot.
        services.AddSettings<CommentsOptions>("Comments")
            .PostConfigure<ClockOptions>((comments, clock) => comments.TimeZone = clock.TimeZone);
        services.AddSingleton<WithdrawnMinutesDeadlines>();
        services.AddSingleton<MinutesDeadlineCatalog>();
        services.AddSingleton<IDeadlineCatalog>(sp => sp.GetRequiredService<MinutesDeadlineCatalog>());
        services.AddSingleton<CommentService>();
        services.AddSingleton(sp => sp.GetRequiredService<CommentService>().Roster);
        services.AddSingleton<CommentViews>();
        services.AddSingleton<CommentForms>();
        services.AddSingleton<CommentSubmissions>();
        services.AddSingleton<CommentWithdrawals>();
        services.AddSingleton<LateAcceptanceNotifier>();
        services.AddSingleton<LateComments>();
        services.AddSingleton<IExportSource, CommentsExportSource>();
        var lateComments = UsableBy.Secretariat(SecretariatAction.AcceptLateComments);
        services.AddRoutes(routes => routes
            .Button<WriteComment, CommentForms>()
            .Button<EditComment, CommentForms>()
            .Button<SubmitComment, CommentSubmissions>()
            .Button<WithdrawComment, CommentWithdrawals>()
            .Button<ShowMyComments, MyComments>()
            .Command<MyComments>(MyComments.Pattern)
            .Button<ShowLateComments, LateComments>(lateComments)
            .Button<AcceptLateComment, LateComments>(lateComments)
            .Command<LateCommentsCommand>(LateCommentsCommand.Pattern, lateComments)
            .Command<ExportCommentsCommand>(ExportCommentsCommand.Pattern, UsableBy.Secretariat(SecretariatAction.Export)));
        return services;
    }
}
