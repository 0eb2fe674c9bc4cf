namespace WorkingParty.Bot.Features.Minutes;

/// <summary>Loads the minutes while the web host starts, so the first question is answered at once.</summary>
public sealed class MinutesWarmUp(MinutesCatalog catalog) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => catalog.GetAnswererAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
