using WorkingParty.Announcements.Acknowledgements;
using WorkingParty.Announcements.Broadcast;
using WorkingParty.Announcements.Drafting;
using WorkingParty.Announcements.Reminders;
using WorkingParty.Announcements.Roles;
using WorkingParty.Announcements.ScheduleChanges;
using WorkingParty.Answers.Schedule;
using WorkingParty.Bot.Features.Exports;
using WorkingParty.Bot.Hosting.Settings;

namespace WorkingParty.Bot.Features.Announcements;

public static class AnnouncementsRegistration
{
    /// <summary>
    /// Announcements: the form, preview and send; the outbox sent through the Bot Connector; acknowledgements and their
    /// export (a file for the author's personal chat); the author's status card; announced date changes for the answers (<c>Broadcast</c> and <c>Reminders</c> settings).
    /// </summary>
    public static IServiceCollection AddAnnouncementsFeature(this IServiceCollection services)
    {
        services.AddSettings<BroadcastOptions>(BroadcastOptions.Section);
        services.AddSettings<ReminderOptions>(ReminderOptions.Section);
        services.AddSingleton<AnnouncementRepository>();
        services.AddSingleton<AnnouncementDesk>();
        services.AddSingleton<ScheduleChangeLog>();
        services.AddSingleton<Outbox>();
        services.AddSingleton<BroadcastPlanner>();
        services.AddSingleton<BroadcastReports>();
        services.AddSingleton<AcknowledgementBook>();
        services.AddSingleton(sp => new SendRateGate(sp.GetRequiredService<BroadcastOptions>().MessagesPerSecond, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new RetrySchedule(sp.GetRequiredService<BroadcastOptions>(), new Random()));
        services.AddSingleton<OutboxItemSender>();
        services.AddSingleton<BroadcastWorker>();
        services.AddSingleton<DeadlineReminders>();

        services.AddSingleton<IAnnouncementSender, BotAnnouncementSender>();
        services.AddSingleton<IBroadcastObserver, AuthorStatusObserver>();
        services.AddSingleton<IOpenDeadlines, MinutesOpenDeadlines>();
        services.AddSingleton<AnnouncedScheduleChanges>();
        services.AddSingleton<IScheduleChanges>(sp => sp.GetRequiredService<AnnouncedScheduleChanges>());
        services.AddSingleton<AnnouncementViewFactory>();
        services.AddSingleton<BroadcastStatusViews>();
        services.AddSingleton<StatusCardLocations>();
        services.AddSingleton<IExportSource, AcknowledgementsExportSource>();

        var announce = UsableBy.Secretariat(SecretariatAction.Announce);
        return services.AddRoutes(routes => routes
            .Command<AnnounceCommand>(AnnounceCommand.Words, announce)
            .Button<PreviewAnnouncement, AnnounceActions>(announce)
            .Button<EditAnnouncement, AnnounceActions>(announce)
            .Button<SendAnnouncement, AnnounceActions>(announce)
            .Button<RefreshAnnouncementStatus, AnnounceActions>(announce)
            .Button<ExportAcknowledgements, AcknowledgementExports>(UsableBy.Secretariat(SecretariatAction.Export))
            .Button<AcknowledgeAnnouncement, AcknowledgeFeature>()
            .Command<AcknowledgeFeature>(AcknowledgeFeature.Words));
    }

    /// <summary>The web host's background work: the broadcast worker, the deadline reminders, and the date changes read at start.</summary>
    public static IServiceCollection AddAnnouncementsBackgroundWork(this IServiceCollection services)
    {
        services.AddHostedService<ScheduleChangesWarmUp>();
        services.AddSingleton<IHostedService>(sp => new BackgroundLoop(sp.GetRequiredService<BroadcastWorker>().RunAsync));
        services.AddSingleton<IHostedService>(sp => new BackgroundLoop(sp.GetRequiredService<DeadlineReminders>().RunAsync));
        return services;
    }
}
