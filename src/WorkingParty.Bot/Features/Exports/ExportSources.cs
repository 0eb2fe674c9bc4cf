namespace WorkingParty.Bot.Features.Exports;

/// <summary>Every kind of export the bot hands over, by kind.</summary>
public sealed class ExportSources(IEnumerable<IExportSource> sources)
{
    private readonly Dictionary<string, IExportSource> _byKind = sources.ToDictionary(source => source.Kind, StringComparer.Ordinal);

    public Task<ExportFile?> MakeAsync(string kind, string subject, string format, CancellationToken cancellationToken) =>
        _byKind.TryGetValue(kind, out var source) ? source.MakeAsync(subject, format, cancellationToken) : Task.FromResult<ExportFile?>(null);

    public Task<ExportFile?> MakeAsync(ExportGrant grant, CancellationToken cancellationToken) =>
        MakeAsync(grant.Kind, grant.Subject, grant.Format, cancellationToken);
}
