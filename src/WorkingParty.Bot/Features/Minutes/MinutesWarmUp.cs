namespace WorkingParty.Bot.Features.Minutes;

/// <summary>
/// Loads the minutes from the moment the host starts, beside the web server's own start rather than before it: the
/// first question waits for the load under way instead of starting it. A load that fails stops the host.
/// </summary>
public sealed class MinutesWarmUp(MinutesCatalog catalog) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => catalog.GetAnswererAsync(stoppingToken);
}
