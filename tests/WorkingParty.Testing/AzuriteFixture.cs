namespace WorkingParty.Testing;

/// <summary>
/// Azurite's blob and queue services, started in memory on free loopback ports for one test class
/// (use as IClassFixture). <see cref="ConnectionString"/> is the well-known devstoreaccount1 account.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    // Azurite's published development account key, the same on every machine.
    private const string DevelopmentAccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private NodeService? _blob;
    private NodeService? _queue;

    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var starting = new[]
        {
            NodeService.StartAsync("azurite-blob", port => ["--blobHost", "127.0.0.1", "--blobPort", $"{port}", .. CommonArguments()]),
            NodeService.StartAsync("azurite-queue", port => ["--queueHost", "127.0.0.1", "--queuePort", $"{port}", .. CommonArguments()]),
        };
        try
        {
            await Task.WhenAll(starting);
        }
        catch
        {
            _blob = starting[0].IsCompletedSuccessfully ? starting[0].Result : null;
            _queue = starting[1].IsCompletedSuccessfully ? starting[1].Result : null;
            await DisposeAsync();
            throw;
        }
        (_blob, _queue) = (starting[0].Result, starting[1].Result);
        ConnectionString = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;"
            + $"AccountKey={DevelopmentAccountKey};"
            + $"BlobEndpoint=http://127.0.0.1:{_blob.Port}/devstoreaccount1;"
            + $"QueueEndpoint=http://127.0.0.1:{_queue.Port}/devstoreaccount1;";
    }

    public async Task DisposeAsync()
    {
        if (_blob is not null)
            await _blob.DisposeAsync();
        if (_queue is not null)
            await _queue.DisposeAsync();
    }

    private static string[] CommonArguments() => ["--inMemoryPersistence", "--skipApiVersionCheck", "--silent"];
}
