using Microsoft.Extensions.Configuration;

namespace WorkingParty.Bot.Tests.Deployment;

/// <summary>
/// A configuration source that holds nothing and remembers every key it is asked for (added last, it is asked first
/// for every lookup), so a test can see which settings the bot really reads.
/// </summary>
public sealed class RecordingConfigurationSource : ConfigurationProvider, IConfigurationSource
{
    private readonly HashSet<string> _read = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyCollection<string> KeysRead
    {
        get
        {
            lock (_read)
                return [.. _read];
        }
    }

    public IConfigurationProvider Build(IConfigurationBuilder builder) => this;

    public override bool TryGet(string key, out string? value)
    {
        Record(key);
        value = null;
        return false;
    }

    public override IEnumerable<string> GetChildKeys(IEnumerable<string> earlierKeys, string? parentPath)
    {
        if (parentPath is not null)
            Record(parentPath);
        return base.GetChildKeys(earlierKeys, parentPath);
    }

    private void Record(string key)
    {
        lock (_read)
            _read.Add(key);
    }
}
