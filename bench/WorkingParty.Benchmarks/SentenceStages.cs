using System.Diagnostics;
using WorkingParty.Council;
using WorkingParty.Minutes;
using WorkingParty.Minutes.Definitions;
using WorkingParty.Minutes.Extraction;
using WorkingParty.Minutes.Model;
using WorkingParty.Minutes.Reading;
using WorkingParty.Minutes.Recognition;
using WorkingParty.Testing;

namespace WorkingParty.Benchmarks;

/// <summary>
/// The sentence analysis of a cold start, one recogniser at a time (docs/benchmarks.md section 2): every sentence the
/// reader kept from the samples and the 200 generated meetings, run through each recogniser on one thread, the first
/// pass (a cold start's: the recognisers are built afresh) and the fastest of the repeats.
/// <c>DOTNET_TieredPGO=0 dotnet run -c Release --project bench/WorkingParty.Benchmarks -- sentences [--meetings 200]
/// [--repeats 5]</c>; <c>DOTNET_TieredPGO=0</c> as the bot runs (<c>build/BotRuntime.props</c> sets <c>TieredPGO</c> false), or the
/// first pass pays for the instrumented tier.
/// </summary>
internal static class SentenceStages
{
    public static int Run(string[] args)
    {
        var meetings = Option(args, "--meetings", 200);
        var repeats = Option(args, "--repeats", 5);
        var samples = Directory.EnumerateFiles(Path.Combine(RepositoryFolders.Root, "samples", "minutes"), "*.txt")
            .Select(file => MinutesParser.Default.Parse(File.ReadAllText(file), Path.GetFileName(file), IngestOptions.None, new DateOnly(2000, 1, 1)).Meeting);
        var sentences = samples.Concat(ParsedCorpus.Meetings(meetings))
            .OfType<Meeting>()
            .SelectMany(m => m.Items.SelectMany(i => i.Paragraphs).Concat(m.Opening))
            .SelectMany(p => p.Sentences.Select(s => s.Text))
            .ToList();

        var definitions = MinutesDefinitions.Default;
        var template = new PatternTemplate(definitions, DelegationTable.Default);
        var actors = new ActorRecognizer(definitions, template, DelegationTable.Default);
        var dates = new DateRecognizer(definitions, template);
        var deadlines = new DeadlineRecognizer(definitions, template);
        var masked = sentences.Select(s => DateRecognizer.Mask(s, dates.Recognize(s))).ToList();
        var stages = new (string Name, Func<int> Work)[]
        {
            ("actors (Recognize + Speakers)", () => sentences.Sum(s => actors.Speakers(s, actors.Recognize(s)).Count)),
            ("dates", () => sentences.Sum(s => dates.Recognize(s).Count)),
            ("deadlines (masked)", () => masked.Sum(s => deadlines.Recognize(s).Count)),
        };

        Console.WriteLine($"{sentences.Count} sentences, {sentences.Sum(s => s.Length)} characters, load {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
        foreach (var (name, work) in stages)
        {
            var times = Enumerable.Range(0, repeats).Select(_ => Cpu(work)).ToList();
            Console.WriteLine($"{name,-32} first {times[0],5:0} ms CPU, fastest of {repeats - 1} repeats {times[1..].Min(),5:0} ms (found {work()})");
        }

        return 0;
    }

    private static double Cpu(Func<int> work)
    {
        var start = Process.GetCurrentProcess().TotalProcessorTime;
        work();
        return (Process.GetCurrentProcess().TotalProcessorTime - start).TotalMilliseconds;
    }

    private static int Option(string[] args, string name, int fallback) =>
        Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length
            ? int.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture) : fallback;
}
