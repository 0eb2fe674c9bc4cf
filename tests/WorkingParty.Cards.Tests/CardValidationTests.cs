using System.Text.Json;
using WorkingParty.Cards.AdaptiveCards;
using WorkingParty.Cards.Tests.Samples;
using WorkingParty.Cards.Tests.Tools;
using WorkingParty.Testing;

namespace WorkingParty.Cards.Tests;

/// <summary>Every card kind, checked by Microsoft's adaptivecards renderer through tests/tools/check-cards.mjs.</summary>
public sealed class CardValidationTests
{
    private sealed record Check(string File, int Bytes, string? Version, string[] Errors, string[] Warnings);

    [Fact]
    public async Task Every_card_kind_parses_without_errors_or_warnings_at_schema_1_5_and_under_the_size_limit()
    {
        using var folder = new TemporaryFolder("cards-");
        var written = WriteSamplesProgram.Write(folder.Path);

        var result = await NodeScript.RunAsync("check-cards.mjs", folder.Path, "--json");
        var checks = JsonSerializer.Deserialize<Check[]>(result.Output, CardJson.Options)!;

        Assert.Equal(written, checks.Length);
        Assert.All(checks, check =>
        {
            Assert.True(check.Errors.Length == 0, $"{check.File}: {string.Join("; ", check.Errors)}");
            Assert.True(check.Warnings.Length == 0, $"{check.File}: {string.Join("; ", check.Warnings)}");
            Assert.Equal("1.5", check.Version);
            Assert.InRange(check.Bytes, 1, CardJson.MaxCardBytes);
        });
        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public async Task The_check_reports_what_the_renderer_rejects()
    {
        using var folder = new TemporaryFolder("cards-");
        File.WriteAllText(Path.Combine(folder.Path, "broken.json"), """
            { "type": "AdaptiveCard", "version": "1.6", "body": [
              { "type": "Bogus" },
              { "type": "Input.Text", "id": "comment", "isRequired": true },
              { "type": "TextBlock", "text": "x", "colour": "red" } ] }
            """);

        var result = await NodeScript.RunAsync("check-cards.mjs", folder.Path, "--json");
        var check = Assert.Single(JsonSerializer.Deserialize<Check[]>(result.Output, CardJson.Options)!);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(check.Errors, e => e.Contains("UnknownElementType"));
        Assert.Contains(check.Errors, e => e.Contains("above 1.5"));
        Assert.Contains(check.Warnings, w => w.Contains("RequiredInputsShouldHaveLabel"));
        Assert.Contains(check.Warnings, w => w.Contains("colour"));
    }
}
