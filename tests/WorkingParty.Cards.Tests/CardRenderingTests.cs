using System.Text.Json;
using WorkingParty.Cards.AdaptiveCards;
using WorkingParty.Cards.Tests.Samples;
using WorkingParty.Cards.Tests.Tools;

namespace WorkingParty.Cards.Tests;

/// <summary>Every card kind rendered to PNG by the adaptivecards renderer in headless Chromium.</summary>
public sealed class CardRenderingTests
{
    private sealed record Rendered(string Kind, string Text);

    [Fact]
    public async Task Every_card_renders_to_a_png_and_user_text_shows_literally()
    {
        using var folder = new TemporaryFolder();
        WriteSamplesProgram.Write(folder.Sub("json"));
        var report = folder.Sub("report.json");

        var result = await NodeScript.RunAsync("render-cards.mjs", folder.Sub("json"), folder.Sub("png"), "--report", report);

        Assert.True(result.ExitCode == 0, result.Errors);
        foreach (var sample in SampleCards.All())
        {
            var png = File.ReadAllBytes(Path.Combine(folder.Sub("png"), $"{sample.Kind}.png"));
            Assert.True(png.Length > 1000, $"{sample.Kind}.png is {png.Length} bytes");
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        }
        var rendered = JsonSerializer.Deserialize<Rendered[]>(File.ReadAllText(report), CardJson.Options)!;
        var receipt = rendered.Single(r => r.Kind == "comment-receipt").Text;
        Assert.Contains(SampleCards.HostileComment, receipt.ReplaceLineEndings("\n"));
        Assert.Contains("meeting of 15 March 2017, item 7", rendered.Single(r => r.Kind == "deadlines").Text);
    }
}
