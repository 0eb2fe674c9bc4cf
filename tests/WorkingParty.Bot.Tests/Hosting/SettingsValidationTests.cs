using WorkingParty.Bot.Hosting;
using WorkingParty.Bot.Tests.Support;

namespace WorkingParty.Bot.Tests.Hosting;

/// <summary>One bad value per settings section: the host does not start, and its error names the key to fix.</summary>
public sealed class SettingsValidationTests
{
    [Theory]
    [InlineData("Bot:PublicUrl", "ftp://bot.example.org", "Bot:PublicUrl")]
    [InlineData("Clock:TimeZone", "Mars/Olympus_Mons", "Clock:TimeZone")]
    [InlineData("Clock:Today", "the day after tomorrow", "Clock:Today")]
    [InlineData("Storage:Container", "Working_Party", "Storage:Container")]
    [InlineData("Minutes:AllowedDownloadOrigins:0", "sharepoint.com", "Minutes:AllowedDownloadOrigins")]
    [InlineData("Minutes:DownloadTimeout", "00:00:00", "Minutes:DownloadTimeout")]
    [InlineData("Secretariat:RosterCacheDuration", "-00:05:00", "Secretariat:RosterCacheDuration")]
    [InlineData("Questions:KeptReplies", "-1", "Questions:KeptReplies")]
    [InlineData("Broadcast:MessagesPerSecond", "0", "Broadcast:MessagesPerSecond")]
    [InlineData("Reminders:DaysBefore", "many", "Reminders:DaysBefore")]
    [InlineData("Comments:MaxPerUserPerDay", "0", "Comments:MaxPerUserPerDay")]
    [InlineData("Exports:AllowedUploadOrigins:0", "onedrive.com", "Exports:AllowedUploadOrigins")]
    public async Task A_bad_setting_stops_start_up_with_a_message_naming_its_key(string key, string value, string named)
    {
        var storage = Directory.CreateTempSubdirectory("wp-settings-").FullName;

        // The host the bot runs as (Program), on the command line's settings; settings are checked before it listens
        // (the clock's already while the host is built).
        var failure = await Record.ExceptionAsync(async () =>
        {
            await using var host = BotWebHost.Create(["--urls=http://127.0.0.1:0", $"--Storage:Folder={storage}", $"--{key}={value}"]);
            await host.StartAsync();
        });
        Directory.Delete(storage, recursive: true);

        Assert.NotNull(failure);
        Assert.True(Messages(failure).Contains(named), failure.ToString());
    }

    [Fact]
    public async Task The_shipped_settings_start_the_host()
    {
        await using var bot = new BotFactory();

        var response = await bot.CreateClient().GetAsync("/health/ready");

        Assert.True(response.IsSuccessStatusCode);
    }

    private static string Messages(Exception failure) => failure switch
    {
        AggregateException all => string.Join(" | ", all.InnerExceptions.Select(Messages)),
        { InnerException: { } inner } => failure.Message + " | " + Messages(inner),
        _ => failure.Message,
    };
}
