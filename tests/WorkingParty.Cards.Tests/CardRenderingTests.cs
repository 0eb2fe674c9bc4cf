using System.Text.Json;
using WorkingParty.Cards.AdaptiveCards;
using WorkingParty.Cards.Tests.Samples;
using WorkingParty.Cards.Tests.Tools;
using WorkingParty.Testing;

namespace WorkingParty.Cards.Tests;

/// <summary>Every card kind rendered to PNG by the adaptivecards renderer in headless Chromium.</summary>
public sealed class CardRenderingTests
{
    private sealed record Rendered(string Kind, string Text);

    [Fact]
    public async Task Every_card_renders_to_a_png_and_user_text_shows_literally()
    {
        using var folder = new TemporaryFolder("cards-");
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

    [Fact]
    public async Task Teams_shows_each_moment_on_the_readers_own_clock_and_in_their_locale()
    {
        using var folder = new TemporaryFolder("cards-");
        Directory.CreateDirectory(folder.Sub("json"));
        string[] kinds = ["comment-receipt", "download-links", "announcement", "broadcast-status"];
        foreach (var sample in SampleCards.All().Where(s => kinds.Contains(s.Kind)))
        {
            File.WriteAllText(Path.Combine(folder.Sub("json"), $"{sample.Kind}.json"), CardJson.Serialize(sample.Card));
        }
        var report = folder.Sub("report.json");

        // A delegate in Athens (UTC+3 that day) whose Teams speaks British English; the moments are 14:05, 14:35 and 14:15 UTC.
        var result = await NodeScript.RunAsync("render-cards.mjs", folder.Sub("json"), folder.Sub("png"), "--report", report,
            "--time-zone", "Europe/Athens", "--locale", "en-GB");

        Assert.True(result.ExitCode == 0, result.Errors);
        var shown = JsonSerializer.Deserialize<Rendered[]>(File.ReadAllText(report), CardJson.Options)!.ToDictionary(r => r.Kind, r => r.Text);
        Assert.Contains("Received on Monday, 27 March 2017, 17:05", shown["comment-receipt"]);
        Assert.Contains("Valid until Monday, 27 March 2017, 17:35", shown["download-links"]);
        Assert.Contains("From Secretariat (M. Rossi), Monday, 27 March 2017, 17:05", shown["announcement"]);
        Assert.Contains("As of Monday, 27 March 2017, 17:15", shown["broadcast-status"]);
        Assert.All(shown.Values, text => Assert.DoesNotContain("{{", text));
    }

    [Fact]
    public async Task Date_and_time_functions_typed_by_a_user_show_as_typed()
    {
        const string Typed = "See {{DATE(2017-03-27T14:05:00Z, LONG)}} at {{TIME(2017-03-27T14:05:00Z)}} or {{DATE(2017-03-27T14:05:00Z)}}.";
        using var folder = new TemporaryFolder("cards-");
        Directory.CreateDirectory(folder.Sub("json"));
        var receipt = SampleCards.Receipt() with { Text = Typed };
        File.WriteAllText(Path.Combine(folder.Sub("json"), "typed.json"), CardJson.Serialize(SampleCards.Replies.Build(receipt).Card));
        var report = folder.Sub("report.json");

        var result = await NodeScript.RunAsync("render-cards.mjs", folder.Sub("json"), folder.Sub("png"), "--report", report);

        Assert.True(result.ExitCode == 0, result.Errors);
        var shown = JsonSerializer.Deserialize<Rendered[]>(File.ReadAllText(report), CardJson.Options)!.Single().Text;
        Assert.Contains(Typed, shown);
        Assert.Contains("Received on Monday, 27 March 2017", shown);
    }
}
