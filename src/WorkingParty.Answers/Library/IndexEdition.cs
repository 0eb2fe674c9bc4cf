using WorkingParty.Minutes.Reading;

namespace WorkingParty.Answers.Library;

/// <summary>
/// Which code built a passage index: this assembly (the analyser, its synonyms and actor table, the entity terms),
/// Lucene's, and the minutes reader's edition (its code and the delegation table the actor table draws on). Builds are
/// deterministic, so an assembly's module id changes exactly when its code or embedded data does.
/// </summary>
internal static class IndexEdition
{
    /// <summary>Raised when the cache file's layout changes.</summary>
    private const int Layout = 1;

    public static string Current { get; } =
        $"layout{Layout}-{ModuleId(typeof(IndexEdition))}-{ModuleId(typeof(Lucene.Net.Index.IndexWriter))}-{ReaderEdition.Current}";

    private static string ModuleId(Type type) => type.Assembly.ManifestModule.ModuleVersionId.ToString("N")[..12];
}
