using WorkingParty.Bot.Hosting.Settings;
using WorkingParty.Storage;
using WorkingParty.Storage.Azure;
using WorkingParty.Storage.Azure.Blobs;
using WorkingParty.Storage.Azure.Queues;
using WorkingParty.Storage.Files;
using WorkingParty.Storage.Queues;

namespace WorkingParty.Bot.Hosting;

/// <summary>
/// Picks the document store and work queue: local files by default (<c>Storage:Folder</c>), or Azure
/// Blob and Queue Storage when <c>Storage:ConnectionString</c> is set.
/// </summary>
public static class StorageRegistration
{
    public static IServiceCollection AddDocumentStorage(this IServiceCollection services)
    {
        services.AddSettings<StorageOptions>(StorageOptions.Section);
        services.AddSingleton<IDocumentStore>(sp => sp.GetRequiredService<StorageOptions>() is var storage && storage.UsesAzure()
            ? new BlobDocumentStore(storage.ConnectionString!, storage.Container)
            : new FileDocumentStore(Path.GetFullPath(storage.Folder)));
        services.AddSingleton<IWorkQueue>(sp => sp.GetRequiredService<StorageOptions>() is var storage && storage.UsesAzure()
            ? new AzureWorkQueue(storage.ConnectionString!, storage.Queue)
            : new StoreWorkQueue(sp.GetRequiredService<IDocumentStore>(), storage.Queue, sp.GetRequiredService<TimeProvider>()));
        return services;
    }
}
