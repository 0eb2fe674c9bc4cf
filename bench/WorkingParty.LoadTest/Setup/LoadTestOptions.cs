using System.Globalization;

namespace WorkingParty.LoadTest.Setup;

/// <summary>What to run and how hard: <c>[all|turns|coldstart|broadcast|comments|mycomments]... [--name value]...</c> (<c>all</c> leaves out <c>mycomments</c>).</summary>
public sealed record LoadTestOptions
{
    /// <summary>The parts <c>all</c> runs.</summary>
    public static readonly string[] Parts = ["turns", "coldstart", "broadcast", "comments"];

    /// <summary>Parts run only when named: "mycomments" writes 100,000 comments (some 800,000 files) and takes about a quarter of an hour.</summary>
    public static readonly string[] OnRequest = ["mycomments"];

    public IReadOnlySet<string> Selected { get; init; } = new HashSet<string>(Parts);

    /// <summary>Simulated delegates sending at once in the peak run.</summary>
    public int Concurrency { get; init; } = 64;

    /// <summary>Length of each measured turn run (peak, half rate), per bot.</summary>
    public int Seconds { get; init; } = 15;

    public int Meetings { get; init; } = 200;

    public int Recipients { get; init; } = 5000;

    /// <summary>The connector's limit in messages per second, and the sender's configured rate.</summary>
    public int RatePerSecond { get; init; } = 50;

    public int Comments { get; init; } = 1000;

    /// <summary>Comments of other delegates in the file store while "my comments" is timed.</summary>
    public int Others { get; init; } = 100_000;

    /// <summary>The same on Azurite, when set: its in-memory listing walks every blob, so it is run on request, with fewer.</summary>
    public int AzuriteOthers { get; init; }

    public int Seed { get; init; } = 2017;

    /// <summary>The day the bots believe it is: inside the generated corpus's span, so meetings and deadlines lie ahead.</summary>
    public string Today { get; init; } = "2019-06-14";

    public bool Runs(string part) => Selected.Contains(part);

    public const string Usage =
        "usage: WorkingParty.LoadTest [all|turns|coldstart|broadcast|comments|mycomments]... [--concurrency 64] [--seconds 15] " +
        "[--meetings 200] [--recipients 5000] [--rate 50] [--comments 1000] [--others 100000] [--azurite-others 10000] [--seed 2017] [--today 2019-06-14]";

    /// <summary>The options, or null (after printing why) when the arguments are not understood.</summary>
    public static LoadTestOptions? Parse(IReadOnlyList<string> args)
    {
        var options = new LoadTestOptions();
        var parts = new HashSet<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == "all")
            {
                parts.UnionWith(Parts);
            }
            else if (Parts.Contains(arg) || OnRequest.Contains(arg))
            {
                parts.Add(arg);
            }
            else if (arg.StartsWith("--", StringComparison.Ordinal) && i + 1 < args.Count && With(options, arg[2..], args[i + 1]) is { } changed)
            {
                options = changed;
                i++;
            }
            else
            {
                Console.Error.WriteLine($"Not understood: {arg}\n{Usage}");
                return null;
            }
        }

        return parts.Count == 0 ? options : options with { Selected = parts };
    }

    private static LoadTestOptions? With(LoadTestOptions options, string name, string value)
    {
        if (name == "today")
            return DateOnly.TryParse(value, CultureInfo.InvariantCulture, out _) ? options with { Today = value } : null;
        if (!int.TryParse(value, CultureInfo.InvariantCulture, out var number) || number <= 0)
            return null;
        return name switch
        {
            "concurrency" => options with { Concurrency = number },
            "seconds" => options with { Seconds = number },
            "meetings" => options with { Meetings = number },
            "recipients" => options with { Recipients = number },
            "rate" => options with { RatePerSecond = number },
            "comments" => options with { Comments = number },
            "others" => options with { Others = number },
            "azurite-others" => options with { AzuriteOthers = number },
            "seed" => options with { Seed = number },
            _ => null,
        };
    }
}
