using System.Text.Json.Nodes;
using WorkingParty.Bot.Tests.Support;
using WorkingParty.Testing;

namespace WorkingParty.Bot.Tests.Cli;

/// <summary>The bot's program run as a user runs it: <c>dotnet WorkingParty.Bot.dll &lt;verb&gt; ...</c>.</summary>
public sealed class CommandLineTests : IDisposable
{
    private static readonly string BotDll = Path.Combine(AppContext.BaseDirectory, "WorkingParty.Bot.dll");
    private readonly string _workingFolder = Directory.CreateTempSubdirectory("bot-cli-").FullName;

    [Fact]
    public async Task Ask_help_prints_what_the_bot_can_do()
    {
        var (exitCode, output) = await RunAsync("ask", "help");

        Assert.Equal(0, exitCode);
        Assert.Contains("What I can do", output);
        Assert.Contains("When is the next meeting?", output);
    }

    [Fact]
    public async Task Ask_with_a_pinned_day_names_the_next_meeting_and_the_open_deadlines_of_the_seed()
    {
        var next = await RunAsync("ask", "when is the next meeting?", "--today", "2017-03-25");
        var deadlines = await RunAsync("ask", "what deadlines are open?", "--today", "2017-03-25");

        Assert.Contains("19 April 2017", next.Output);
        Assert.Contains("item 2", next.Output);
        Assert.Contains("29 March 2017", deadlines.Output);
        Assert.Contains("3 April 2017", deadlines.Output);
    }

    [Fact]
    public async Task Ask_json_prints_the_reply_activities_with_their_cards()
    {
        var (exitCode, output) = await RunAsync("ask", "what deadlines are open?", "--today", "2017-03-25", "--json");

        Assert.Equal(0, exitCode);
        var reply = Assert.Single(JsonNode.Parse(output)!.AsArray())!;
        Assert.Equal("message", (string?)reply["type"]);
        var attachment = reply["attachments"]![0]!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)attachment["contentType"]);
        Assert.Equal("1.5", (string?)attachment["content"]!["version"]);
        Assert.Contains("Write comments", attachment["content"]!.ToJsonString());
    }

    [Fact]
    public async Task Ask_with_a_minutes_folder_answers_from_that_folder_alone()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_workingFolder, "copen")).FullName;
        File.Copy(Path.Combine(RepositoryFolders.Root, "samples", "minutes", "minutes-copen-2018-10.txt"), Path.Combine(folder, "minutes.txt"));

        var next = await RunAsync("ask", "when is the next meeting?", "--today", "2018-10-10", "--minutes", folder);
        var pastFromFolder = await RunAsync("ask", "past deadlines", "--today", "2018-10-10", "--minutes", folder);
        var pastFromSamples = await RunAsync("ask", "past deadlines", "--today", "2018-10-10");

        Assert.Contains("23 October 2018", next.Output);
        Assert.Contains("Working Party on Judicial Cooperation in Criminal Matters, meeting of 5 October 2018", next.Output);
        Assert.Contains("Cyber", pastFromSamples.Output);
        Assert.DoesNotContain("Cyber", pastFromFolder.Output);
    }

    [Fact]
    public async Task Ingest_prints_the_meeting_record_as_json()
    {
        var (exitCode, output) = await RunAsync("ingest", Path.Combine(RepositoryFolders.Root, "samples", "minutes", "minutes-hwp-cyber-2017-03.txt"), "--json");

        Assert.Equal(0, exitCode);
        var meeting = JsonNode.Parse(output)!;
        Assert.Equal(11, meeting["items"]!.AsArray().Count);
        Assert.True((bool)meeting["dateInferred"]!);
        Assert.Contains(meeting["deadlines"]!.AsArray(), deadline => (string?)deadline!["date"] == "2017-04-03");
    }

    [Fact]
    public async Task Ingest_of_a_file_that_is_not_minutes_names_it_with_the_reason_and_fails()
    {
        var letter = Path.Combine(_workingFolder, "letter.txt");
        await File.WriteAllTextAsync(letter, "Dear colleagues, please find attached the invitation.");

        var (exitCode, output) = await RunAsync("ingest", letter);

        Assert.Equal(1, exitCode);
        Assert.Contains("letter.txt", output);
        Assert.Contains("does not look like minutes", output);
        Assert.False(Directory.Exists(Path.Combine(_workingFolder, ".data", "meetings")));
    }

    [Theory]
    [InlineData("ask", "x", "--today", "25/03/2017")]
    [InlineData("ask")]
    [InlineData("ask", "x", "--minutes", "/no/such/folder")]
    public async Task A_wrong_command_line_is_explained_with_exit_code_2(params string[] args)
    {
        var (exitCode, output) = await RunAsync(args);

        Assert.Equal(2, exitCode);
        Assert.StartsWith("ask: ", output.Trim());
    }

    private Task<(int ExitCode, string Output)> RunAsync(params string[] args) =>
        ToolProcess.RunAsync("dotnet", [BotDll, .. args], _workingFolder);

    public void Dispose() => Directory.Delete(_workingFolder, recursive: true);
}
