using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using WorkingParty.Testing;

namespace WorkingParty.Bot.Tests.Deployment;

/// <summary>deploymentTemplates/azuredeploy.json, read as the tests need it.</summary>
public sealed partial class DeploymentTemplate(JObject json)
{
    public static DeploymentTemplate Load() =>
        new(JObject.Parse(File.ReadAllText(Path.Combine(RepositoryFolders.Root, "deploymentTemplates", "azuredeploy.json"))));

    public JObject Json => json;

    public IEnumerable<JObject> Resources => json["resources"]!.Children<JObject>();

    public JObject Resource(string type) => Resources.Single(resource => (string?)resource["type"] == type);

    /// <summary>
    /// The configuration keys the web app's settings give the bot: App Service setting names with "__" read as ":"
    /// and list indexes (Secretariat__Members__{0}) dropped, since they set the list itself.
    /// </summary>
    public IReadOnlySet<string> ConfigurationKeys()
    {
        var settings = (string)Resource("Microsoft.Web/sites")["properties"]!["siteConfig"]!["appSettings"]!;
        var names = SettingName().Matches(settings).Select(match => match.Groups[1].Value)
            .Concat(json["variables"]!["copy"]!.Select(loop => (string)loop["input"]!["name"]!).Select(FormatPattern));
        return names.Select(name => TrailingIndex().Replace(name, "").Replace("__", ":")).ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    public string ParameterDefault(string name) => (string)json["parameters"]![name]!["defaultValue"]!;

    /// <summary>"[format('Secretariat__Members__{0}', copyIndex(...))]" gives "Secretariat__Members__{0}".</summary>
    private static string FormatPattern(string expression) => FormatArgument().Match(expression).Groups[1].Value;

    [GeneratedRegex(@"createObject\('name', '([^']+)'")]
    private static partial Regex SettingName();

    [GeneratedRegex(@"^\[format\('([^']+)'")]
    private static partial Regex FormatArgument();

    [GeneratedRegex(@"(__(\d+|\{0\}))+$")]
    private static partial Regex TrailingIndex();
}
