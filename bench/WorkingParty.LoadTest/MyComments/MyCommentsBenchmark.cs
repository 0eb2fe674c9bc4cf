using System.Diagnostics;
using WorkingParty.LoadTest.Reporting;
using WorkingParty.LoadTest.Setup;

namespace WorkingParty.LoadTest.MyComments;

/// <summary>
/// Issue 14, item 6: "my comments" for a delegate with 3 comments, asked of the real bot process over HTTP, on a store with no
/// other comments and on one with <c>--others</c> (100,000) comments of other delegates, side by side in the same run: both
/// bots run at once and are asked in alternating batches, so the machine's load falls on both alike. The view should cost the
/// same on either: it reads the asker's comments, not everyone's. The file store always; Azurite with <c>--azurite-others</c>.
/// </summary>
public static class MyCommentsBenchmark
{
    private const int Rounds = 6;
    private const int BatchSize = 10;

    /// <summary>The bound on the ratio of the bot's CPU per answer, crowded store against empty.</summary>
    private const double MaxRatio = 1.5;

    public static async Task RunAsync(Workspace workspace, LoadTestReport report)
    {
        var others = workspace.Options.Others;
        LoadTestReport.Section($"My comments: a delegate's 3 comments, with {others:N0} comments of others vs none");
        await using (var alone = BenchStore.InFolder(workspace.NewFolder("my-comments-alone")))
        await using (var crowded = BenchStore.InFolder(workspace.NewFolder("my-comments-crowded")))
            await CompareAsync("file store", alone, crowded, others, report);

        if (workspace.Options.AzuriteOthers is > 0 and var azuriteOthers)
        {
            await using var alone = await BenchStore.OnAzuriteAsync();
            await using var crowded = await BenchStore.OnAzuriteAsync();
            await CompareAsync("Azurite", alone, crowded, azuriteOthers, report);
        }
    }

    private static async Task CompareAsync(string name, BenchStore alone, BenchStore crowded, int others, LoadTestReport report)
    {
        await new CommentSeeder(alone.Store).SeedAsync(MyCommentsBot.Asker, 1, perUser: 3);
        var seeder = new CommentSeeder(crowded.Store);
        await seeder.SeedAsync(MyCommentsBot.Asker, 1, perUser: 3);
        var started = Stopwatch.GetTimestamp();
        await seeder.SeedAsync(MyCommentsBot.Asker + 1, others);
        LoadTestReport.Line($"{name}: seeded {others:N0} comments of others in {Stopwatch.GetElapsedTime(started).TotalSeconds:N0} s");

        await using var aloneBot = await MyCommentsBot.StartAsync(alone);
        await using var crowdedBot = await MyCommentsBot.StartAsync(crowded);
        var (withNone, withOthers) = (ViewSamples.None, ViewSamples.None);
        for (var round = 0; round < Rounds; round++)
        {
            // Alternate which goes first, so that neither is always measured right after the other's burst.
            if (round % 2 == 0)
                withNone = withNone.Add(await aloneBot.BatchAsync(BatchSize));
            withOthers = withOthers.Add(await crowdedBot.BatchAsync(BatchSize));
            if (round % 2 == 1)
                withNone = withNone.Add(await aloneBot.BatchAsync(BatchSize));
        }

        LoadTestReport.Line($"{name}, no other comments: {withNone}");
        LoadTestReport.Line($"{name}, {others:N0} comments of others: {withOthers}");
        var ratio = withOthers.CpuPerAnswerMs / withNone.CpuPerAnswerMs;
        report.Target($"my comments with {others:N0} others' comments vs none ({name})", ratio <= MaxRatio,
            $"bot CPU {withOthers.CpuPerAnswerMs:N2} vs {withNone.CpuPerAnswerMs:N2} ms an answer (x{ratio:N2}, bound x{MaxRatio:N1}); " +
            $"median {withOthers.Median:N1} vs {withNone.Median:N1} ms (x{withOthers.Median / withNone.Median:N2}), " +
            $"ten at once {withOthers.ConcurrentMedian:N1} vs {withNone.ConcurrentMedian:N1} ms");
    }
}
