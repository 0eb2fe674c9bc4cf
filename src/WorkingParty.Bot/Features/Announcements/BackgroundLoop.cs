namespace WorkingParty.Bot.Features.Announcements;

/// <summary>Runs a loop of the announcements domain (the broadcast worker, the deadline reminders) for the life of the web host.</summary>
public sealed class BackgroundLoop(Func<CancellationToken, Task> run) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => run(stoppingToken);
}
