using WorkingParty.Minutes.Reading;
using WorkingParty.Minutes.Storage;

namespace WorkingParty.Bot.Cli;

/// <summary>
/// <c>ingest &lt;file&gt; [--date yyyy-mm-dd] [--body "&lt;name&gt;"] [--json]</c>: reads a minutes file,
/// stores the meeting record in the minutes store and prints it (as JSON with --json). A file that is
/// not minutes is named with the reason, exit code 1, and nothing is stored.
/// </summary>
public static class IngestCommand
{
    public static async Task<int> RunAsync(CliArguments args)
    {
        var file = args.Single("minutes file");
        using var services = CliServices.Build(args);
        var result = await services.Get<MinutesReader>()
            .TryReadAsync(file, new IngestOptions(args.DateOption("date"), args.Option("body")));
        if (result.Meeting is not { } meeting)
        {
            await Console.Error.WriteLineAsync($"ingest: not stored: {result.Rejection}");
            return 1;
        }

        await services.Get<MeetingRepository>().SaveAsync(meeting);
        Console.WriteLine(args.Has("json")
            ? MeetingJson.Serialize(meeting)
            : $"Stored {meeting.Title} ({meeting.Body}, {meeting.Date:d MMMM yyyy}{(meeting.DateInferred ? ", date inferred" : "")}): " +
              $"{meeting.Items.Count} items, {meeting.Events.Count} dates, {meeting.Deadlines.Count} deadlines.");
        return 0;
    }
}
