using System.Buffers.Binary;
using System.IO.Compression;
using System.Text.Json.Nodes;
using WorkingParty.Bot.Tests.Support;
using WorkingParty.Testing;

namespace WorkingParty.Bot.Tests.Manifest;

/// <summary>The Teams app package as manifest/build-package.sh builds it, checked with Microsoft's schema.</summary>
public sealed class AppPackageTests : IDisposable
{
    private const string AppId = "5b1c2d3e-0000-4000-8000-000000000b07";
    private readonly string _folder = Directory.CreateTempSubdirectory("app-package-").FullName;

    [Fact]
    public async Task The_package_holds_a_manifest_valid_against_the_official_schema_with_the_app_id_filled_in()
    {
        var entries = await BuildAndExtractAsync();

        var manifestPath = Path.Combine(_folder, "manifest.json");
        var (exitCode, output) = await ToolProcess.RunAsync("node", "tests/tools/validate-manifest.mjs", manifestPath);
        Assert.True(exitCode == 0, output);
        Assert.Equal(["color.png", "manifest.json", "outline.png"], entries);

        var manifest = JsonNode.Parse(await File.ReadAllTextAsync(manifestPath))!;
        Assert.Equal(AppId, (string?)manifest["id"]);
        var bot = manifest["bots"]![0]!;
        Assert.Equal(AppId, (string?)bot["botId"]);
        Assert.Equal(["personal", "team", "groupChat"], bot["scopes"]!.AsArray().Select(scope => (string)scope!));
        Assert.True((bool)bot["supportsFiles"]!);
        var commands = bot["commandLists"]![0]!["commands"]!.AsArray().Select(command => (string)command!["title"]!).ToList();
        Assert.Superset(new HashSet<string> { "help", "next meeting", "deadlines", "agenda" }, commands.ToHashSet());
        Assert.DoesNotContain("{{", await File.ReadAllTextAsync(manifestPath));
    }

    [Fact]
    public async Task The_icons_have_the_sizes_Teams_requires_and_the_outline_is_transparent()
    {
        await BuildAndExtractAsync();

        Assert.Equal((192, 192), PngSize(Path.Combine(_folder, "color.png")));
        Assert.Equal((32, 32), PngSize(Path.Combine(_folder, "outline.png")));
        Assert.Equal(6, PngColorType(Path.Combine(_folder, "outline.png")));
    }

    [Fact]
    public async Task A_value_that_is_not_an_app_id_is_refused()
    {
        var (exitCode, output) = await ToolProcess.RunAsync("bash", "manifest/build-package.sh", "not-a-guid", "bot.example.org", Path.Combine(_folder, "x.zip"));

        Assert.Equal(2, exitCode);
        Assert.Contains("not an app id", output);
        Assert.False(File.Exists(Path.Combine(_folder, "x.zip")));
    }

    private async Task<List<string>> BuildAndExtractAsync()
    {
        var package = Path.Combine(_folder, "package.zip");
        var (exitCode, output) = await ToolProcess.RunAsync("bash", "manifest/build-package.sh", AppId, "wpbot.example.org", package);
        Assert.True(exitCode == 0, output);
        ZipFile.ExtractToDirectory(package, _folder);
        using var zip = ZipFile.OpenRead(package);
        return zip.Entries.Select(entry => entry.FullName).Order(StringComparer.Ordinal).ToList();
    }

    private static (int Width, int Height) PngSize(string path)
    {
        var header = File.ReadAllBytes(path).AsSpan(16, 8);
        return (BinaryPrimitives.ReadInt32BigEndian(header), BinaryPrimitives.ReadInt32BigEndian(header[4..]));
    }

    /// <summary>PNG colour type 6 is RGBA: the outline icon needs its alpha channel.</summary>
    private static byte PngColorType(string path) => File.ReadAllBytes(path)[25];

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
