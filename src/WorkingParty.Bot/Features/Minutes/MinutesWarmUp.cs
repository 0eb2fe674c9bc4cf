namespace WorkingParty.Bot.Features.Minutes;

/// <summary>
/// Loads the minutes from the moment the host starts, beside the web server's own start rather than before it: the
/// first question waits for the load under way instead of starting it. A load that fails stops the host. A host
/// stopping soon after it started lets the full-text index it built be written, so that the next start finds it.
/// </summary>
public sealed class MinutesWarmUp(MinutesCatalog catalog) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => catalog.GetAnswererAsync(stoppingToken);

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await Task.WhenAny(catalog.IndexKeptAsync(), Task.Delay(Timeout.Infinite, cancellationToken));
    }
}
