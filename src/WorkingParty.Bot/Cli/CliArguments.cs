namespace WorkingParty.Bot.Cli;

/// <summary>Positional arguments and <c>--name value</c> / <c>--flag</c> options of one command line.</summary>
public sealed class CliArguments
{
    private static readonly HashSet<string> Flags = ["json"];
    private readonly Dictionary<string, string> _options;

    private CliArguments(IReadOnlyList<string> positional, Dictionary<string, string> options)
    {
        Positional = positional;
        _options = options;
    }

    public IReadOnlyList<string> Positional { get; }

    public static CliArguments Parse(IEnumerable<string> args)
    {
        var positional = new List<string>();
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        using var next = args.GetEnumerator();
        while (next.MoveNext())
        {
            var arg = next.Current;
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                positional.Add(arg);
                continue;
            }

            var name = arg[2..];
            if (Flags.Contains(name))
            {
                options[name] = "true";
            }
            else if (next.MoveNext())
            {
                options[name] = next.Current;
            }
            else
            {
                throw new CliUsageException($"--{name} needs a value.");
            }
        }

        return new CliArguments(positional, options);
    }

    public bool Has(string flag) => _options.ContainsKey(flag);

    public string? Option(string name) => _options.GetValueOrDefault(name);

    public DateOnly? DateOption(string name)
    {
        var value = Option(name);
        if (value is null)
        {
            return null;
        }

        return DateOnly.TryParseExact(value, "yyyy-MM-dd", out var date)
            ? date
            : throw new CliUsageException($"--{name} takes a date as yyyy-mm-dd, not '{value}'.");
    }

    public string OnePositional(string what) => Positional.Count == 1
        ? Positional[0]
        : throw new CliUsageException($"expected one {what} (quote it if it has spaces).");
}

public sealed class CliUsageException(string message) : Exception(message);
