using WorkingParty.Minutes.Extraction;
using WorkingParty.Minutes.Model;
using WorkingParty.Minutes.Reading;
using WorkingParty.Testing;

namespace WorkingParty.Minutes.Tests.Samples;

/// <summary>The minutes in samples/minutes/, found from the test binaries by walking up to the folder holding Bot.sln.</summary>
public static class SampleMinutes
{
    public const string Seed = "minutes-hwp-cyber-2017-03.txt";

    /// <summary>A date no sample is dated by, so that a test sees when the fallback is used.</summary>
    public static readonly DateOnly Fallback = new(2000, 1, 1);

    public static string Folder { get; } = Path.Combine(RepositoryFolders.Root, "samples", "minutes");

    public static string PathOf(string name) => Path.Combine(Folder, name);

    public static string Text(string name) => File.ReadAllText(PathOf(name));

    public static Meeting Parse(string name, IngestOptions? options = null) =>
        MinutesParser.Default.Parse(Text(name), name, options ?? IngestOptions.None, Fallback).Meeting
        ?? throw new InvalidOperationException($"{name} was rejected");
}
