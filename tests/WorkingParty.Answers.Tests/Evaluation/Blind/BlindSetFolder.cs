using WorkingParty.Testing;

namespace WorkingParty.Answers.Tests.Evaluation.Blind;

/// <summary>
/// Where the blind batches are: <c>BLIND_SET_FOLDER</c> when set (a folder of <c>batch-*</c> folders, or one batch
/// folder), else tests/blind as copied beside the tests. A batch holds one folder per writer with its questions.json.
/// </summary>
internal static class BlindSetFolder
{
    public const string Variable = "BLIND_SET_FOLDER";

    /// <summary>Batches named so were written by the tools' author to exercise the harness: never part of the blind figure.</summary>
    public const string ExamplePrefix = "batch-example";

    public static string Root => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } folder
        ? Path.GetFullPath(folder)
        : Path.Combine(RepositoryFolders.Root, "tests", "blind");

    public static IReadOnlyList<string> Batches()
    {
        var root = Root;
        if (!Directory.Exists(root))
            return [];
        return Path.GetFileName(root).StartsWith("batch-", StringComparison.Ordinal)
            ? [root]
            : [.. Directory.GetDirectories(root, "batch-*").Order(StringComparer.Ordinal)];
    }

    public static IReadOnlyList<string> Writers(string batch) =>
        [.. Directory.GetDirectories(batch).Where(w => File.Exists(Path.Combine(w, "questions.json"))).Order(StringComparer.Ordinal)];

    /// <summary>A batch whose failures were read to change the rules holds this file, saying so: it is no longer blind.</summary>
    public const string SpentMarker = "SPENT.md";

    /// <summary>Why the batch is kept out of the blind figure (an example, or spent), or null when it is blind.</summary>
    public static string? NotBlind(string batch) =>
        Path.GetFileName(batch).StartsWith(ExamplePrefix, StringComparison.Ordinal) ? "example, not in the blind figure"
        : File.Exists(Path.Combine(batch, SpentMarker)) ? "spent: its failures led to changes, not in the blind figure"
        : null;
}
