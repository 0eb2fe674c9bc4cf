using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using WorkingParty.Answers;
using WorkingParty.Answers.Library;
using WorkingParty.Answers.Schedule;
using WorkingParty.Minutes.Model;
using WorkingParty.Minutes.Reading;
using WorkingParty.Testing;
using WorkingParty.Testing.Corpus;

namespace WorkingParty.Benchmarks;

/// <summary>
/// The cold start's CPU without the web host, one stage at a time (docs/benchmarks.md section 2): the reader built,
/// the corpus folder read as the ingester reads it (one file per core), the answerer built, the first question.
/// <c>dotnet run -c Release --project bench/WorkingParty.Benchmarks -- coldstart [--meetings 200] [--serial]
/// [--dump file] [--corpus folder] [--index-cache folder]</c>; <c>--dump</c> writes every read meeting as JSON, to compare
/// the reader's output across builds; <c>--corpus</c> keeps the minutes folder (written there when empty), e.g. to start
/// the bot on it; <c>--index-cache</c> keeps the built full-text index there, as the bot does: the first run builds and
/// writes it, a second run on the same corpus loads it (a restart's answerer).
/// </summary>
internal static class ColdStartProfile
{
    public static async Task<int> RunAsync(string[] args)
    {
        var meetings = Option(args, "--meetings") is { } count ? int.Parse(count, System.Globalization.CultureInfo.InvariantCulture) : 200;
        var serial = args.Contains("--serial");
        var dump = Option(args, "--dump");
        var kept = Option(args, "--corpus");
        var folder = kept ?? Path.Combine(Path.GetTempPath(), "wp-coldprofile-" + Guid.NewGuid().ToString("N")[..8]);
        var written = Directory.Exists(folder) && Directory.EnumerateFiles(folder).Any();
        Directory.CreateDirectory(folder);
        try
        {
            if (!written)
            {
                foreach (var sample in Directory.EnumerateFiles(Path.Combine(RepositoryFolders.Root, "samples", "minutes"), "*.txt"))
                    File.Copy(sample, Path.Combine(folder, Path.GetFileName(sample)));
                foreach (var meeting in new MinutesCorpus(2017).Meetings(meetings))
                    File.WriteAllText(Path.Combine(folder, meeting.FileName), meeting.Text);
            }

            var stages = new Stages();
            var reader = stages.Time("reader built", () => new MinutesReader());
            var files = Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal).ToList();
            var read = new Meeting?[files.Count];
            await stages.TimeAsync($"{files.Count} files read ({(serial ? "one at a time" : "one per core")})", async () =>
            {
                var parallel = new ParallelOptions { MaxDegreeOfParallelism = serial ? 1 : Environment.ProcessorCount };
                await Parallel.ForEachAsync(Enumerable.Range(0, files.Count), parallel, async (i, token) =>
                    read[i] = (await reader.TryReadAsync(files[i], IngestOptions.None, token)).Meeting);
            });
            var ordered = read.OfType<Meeting>().OrderBy(m => m.Id, StringComparer.Ordinal).ToList();
            var cache = Option(args, "--index-cache") is { } cacheFolder ? new IndexCache(cacheFolder) : null;
            var answerer = stages.Time("answerer built", () => new QuestionAnswerer(ordered, new NoScheduleChanges(), cache));
            var answer = stages.Time("first question", () => answerer.Answer("what deadlines are open?", new DateOnly(2019, 6, 14)));
            if (Option(args, "--turns") is { } turns)
            {
                var replies = TurnMix.Replies();
                var n = int.Parse(turns, System.Globalization.CultureInfo.InvariantCulture);
                stages.Time($"{n} questions answered and rendered", () =>
                {
                    var length = 0;
                    for (var i = 0; i < n; i++) length += TurnMix.Turn(answerer, replies, TurnMix.Questions[i % TurnMix.Questions.Count]);
                    return length;
                });
            }

            stages.Print();
            Console.WriteLine($"{ordered.Count} meetings read; first answer {answer.GetType().Name}"
                + (cache is null ? "" : answerer.Library.IndexLoaded ? "; index loaded from the cache" : "; index built"));
            if (cache is not null)
                await cache.Saved;
            var json = JsonSerializer.Serialize(read.Select(m => m is null ? null : m with { SourceFile = Path.GetFileName(m.SourceFile) }), Indented);
            Console.WriteLine($"reader output SHA-256 {Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)))[..16]}");
            if (dump is not null)
                await File.WriteAllTextAsync(dump, json);
            return 0;
        }
        finally
        {
            if (kept is null)
                Directory.Delete(folder, recursive: true);
        }
    }

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    private static string? Option(string[] args, string name) =>
        Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

    private sealed class Stages
    {
        private readonly List<(string Name, TimeSpan Wall, TimeSpan Cpu)> _stages = [];
        private readonly Stopwatch _total = Stopwatch.StartNew();

        public T Time<T>(string name, Func<T> work)
        {
            var (wall, cpu) = (Stopwatch.GetTimestamp(), Cpu());
            var result = work();
            _stages.Add((name, Stopwatch.GetElapsedTime(wall), Cpu() - cpu));
            return result;
        }

        public async Task TimeAsync(string name, Func<Task> work)
        {
            var (wall, cpu) = (Stopwatch.GetTimestamp(), Cpu());
            await work();
            _stages.Add((name, Stopwatch.GetElapsedTime(wall), Cpu() - cpu));
        }

        public void Print()
        {
            foreach (var (name, wall, cpu) in _stages)
                Console.WriteLine($"{name,-40} {wall.TotalMilliseconds,8:0} ms wall {cpu.TotalMilliseconds,8:0} ms CPU");
            Console.WriteLine($"{"total (process)",-40} {_total.Elapsed.TotalMilliseconds,8:0} ms wall {Cpu().TotalMilliseconds,8:0} ms CPU, load {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
        }

        private static TimeSpan Cpu() => Process.GetCurrentProcess().TotalProcessorTime;
    }
}
