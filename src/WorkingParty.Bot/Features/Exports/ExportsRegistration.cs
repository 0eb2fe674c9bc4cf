using WorkingParty.Announcements.Roles;
using WorkingParty.Bot.Hosting;
using WorkingParty.Bot.Hosting.Settings;

namespace WorkingParty.Bot.Features.Exports;

public static class ExportsRegistration
{
    /// <summary>
    /// Handing export files to the secretariat member who asked, in their personal chat (<see cref="ExportDelivery"/>): the
    /// grants, the answers to Teams' file consent cards, the upload (<c>Exports</c> settings) and the download links.
    /// Features add their kinds of export as <see cref="IExportSource"/>s.
    /// </summary>
    public static IServiceCollection AddExports(this IServiceCollection services)
    {
        services.AddSettings<ExportOptions>(ExportOptions.Section);
        services.AddSingleton<ExportGrants>();
        services.AddSingleton<ExportSources>();
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<ExportDelivery>(sp, sp.GetRequiredService<BotOptions>().PublicUrl));
        services.AddHttpClient(FileUploader.ClientName).ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, UseProxy = false });
        services.AddSingleton<FileUploader>();
        var export = UsableBy.Secretariat(SecretariatAction.Export);
        return services.AddRoutes(routes => routes
            .Button<AcceptExportFile, FileConsentAnswers>(export)
            .Button<DeclineExportFile, FileConsentAnswers>(export));
    }
}
