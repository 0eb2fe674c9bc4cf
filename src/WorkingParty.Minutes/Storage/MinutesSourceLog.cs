using System.Security.Cryptography;
using System.Text;
using WorkingParty.Storage;
using WorkingParty.Storage.Collections;

namespace WorkingParty.Minutes.Storage;

/// <summary>
/// The <see cref="MinutesSource"/> of every ingested folder file, one small document per file name under
/// <c>minutes-sources/{hash of the name}</c> (a file name need not be a valid key segment).
/// </summary>
public sealed class MinutesSourceLog(IDocumentStore store)
{
    private readonly DocumentCollection<MinutesSource> _sources = new(store, "minutes-sources");

    public async Task<MinutesSource?> GetAsync(string fileName, CancellationToken cancellationToken = default) =>
        await _sources.GetValueAsync(IdOf(fileName), cancellationToken).ConfigureAwait(false);

    public Task RecordAsync(MinutesSource source, CancellationToken cancellationToken = default) =>
        _sources.SaveAsync(IdOf(source.File), _ => source, cancellationToken);

    private static string IdOf(string fileName) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(fileName)))[..32];
}
