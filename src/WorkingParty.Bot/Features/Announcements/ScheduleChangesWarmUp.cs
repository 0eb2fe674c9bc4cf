namespace WorkingParty.Bot.Features.Announcements;

/// <summary>Reads the announced date changes while the web host starts, so the first answer already reflects them.</summary>
public sealed class ScheduleChangesWarmUp(AnnouncedScheduleChanges changes) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => changes.RefreshAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
