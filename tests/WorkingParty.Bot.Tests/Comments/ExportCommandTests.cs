using System.Diagnostics;
using DocumentFormat.OpenXml.Packaging;
using WorkingParty.Bot.Tests.Comments.Support;
using static WorkingParty.Bot.Tests.Comments.Support.CommentsBot;

namespace WorkingParty.Bot.Tests.Comments;

/// <summary>The <c>export</c> verb of the bot's program, run as its own process over the store the bot wrote.</summary>
public sealed class ExportCommandTests : CommentsBotTest
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Bot.SendCommentAsync(Item9, "=SUM(A1) is not a formula here.");
    }

    [Theory]
    [InlineData("docx")]
    [InlineData("csv")]
    public async Task Export_writes_the_compilation_file(string format)
    {
        var output = Path.Combine(Bot.StorageFolder, $"out.{format}");

        var (exitCode, stdout) = await RunBotAsync("export", Item9, "--format", format, "--out", output, "--today", "2017-03-25");

        Assert.True(exitCode == 0, stdout);
        Assert.Contains("Wrote 1 comments", stdout);
        if (format == "csv")
        {
            Assert.Contains("\"CZ\",\"Jana Novak\",", File.ReadAllText(output));
            Assert.Contains("'=SUM(A1) is not a formula here.", File.ReadAllText(output));
        }
        else
        {
            using var word = WordprocessingDocument.Open(output, isEditable: false);
            Assert.Contains("=SUM(A1) is not a formula here.", word.MainDocumentPart!.Document.Body!.InnerText);
        }
    }

    [Fact]
    public async Task Export_of_an_unknown_deadline_fails_naming_the_known_ones_and_writes_nothing()
    {
        var output = Path.Combine(Bot.StorageFolder, "none.docx");

        var (exitCode, stdout) = await RunBotAsync("export", "nowhere/item-1", "--format", "docx", "--out", output);

        Assert.Equal(1, exitCode);
        Assert.Contains("there is no deadline 'nowhere/item-1'", stdout);
        Assert.Contains(Item9, stdout);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task Export_in_an_unknown_format_is_a_usage_error()
    {
        var (exitCode, stdout) = await RunBotAsync("export", Item9, "--format", "pdf", "--out", "x.pdf");

        Assert.Equal(2, exitCode);
        Assert.Contains("--format is one of docx, csv", stdout);
    }

    private async Task<(int ExitCode, string Output)> RunBotAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "WorkingParty.Bot.dll"));
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        start.Environment["Storage__Folder"] = Bot.StorageFolder;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return (process.ExitCode, await output + await errors);
    }
}
