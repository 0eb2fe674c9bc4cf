using WorkingParty.Storage;
using WorkingParty.Storage.Azure;

namespace WorkingParty.Bot.Hosting;

/// <summary>
/// Picks the document store and work queue: local files by default (<c>Storage:Folder</c>), or Azure
/// Blob and Queue Storage when <c>Storage:ConnectionString</c> is set.
/// </summary>
public static class StorageRegistration
{
    public const string DefaultFolder = ".data";
    public const string DefaultContainer = "working-party";
    public const string DefaultQueue = "announcements";

    public static IServiceCollection AddDocumentStorage(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection("Storage");
        var connectionString = section["ConnectionString"];
        var queueName = section["Queue"] ?? DefaultQueue;
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            var folder = Path.GetFullPath(section["Folder"] ?? DefaultFolder);
            services.AddSingleton<IDocumentStore>(new FileDocumentStore(folder));
            services.AddSingleton<IWorkQueue>(sp => new StoreWorkQueue(sp.GetRequiredService<IDocumentStore>(), queueName, sp.GetRequiredService<TimeProvider>()));
        }
        else
        {
            services.AddSingleton<IDocumentStore>(new BlobDocumentStore(connectionString, section["Container"] ?? DefaultContainer));
            services.AddSingleton<IWorkQueue>(new AzureWorkQueue(connectionString, queueName));
        }

        return services;
    }
}
