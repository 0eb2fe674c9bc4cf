using WorkingParty.Bot.Features.MinutesReview;
using WorkingParty.Minutes.Corrections;
using WorkingParty.Minutes.Reading;
using WorkingParty.Minutes.Storage;

namespace WorkingParty.Bot.Cli;

/// <summary>
/// <c>ingest &lt;file&gt; [--date yyyy-mm-dd] [--body "&lt;name&gt;"] [--json]</c>: reads a minutes file,
/// stores the meeting record in the minutes store and prints every fact read, as the secretariat's review card lists
/// them, the uncertain ones first (the record as JSON with --json). A file that is
/// not minutes is named with the reason, exit code 1, and nothing is stored.
/// </summary>
public static class IngestCommand
{
    public static async Task<int> RunAsync(CliArguments args)
    {
        var file = args.OnePositional("minutes file");
        using var services = CliServices.Build(args);
        var result = await services.Get<MinutesReader>()
            .TryReadAsync(file, new IngestOptions(args.DateOption("date"), args.Option("body")));
        if (result.Meeting is not { } meeting)
        {
            await Console.Error.WriteLineAsync($"ingest: not stored: {result.Rejection}");
            return 1;
        }

        await services.Get<MeetingRepository>().SaveAsync(meeting);
        if (args.Has("json"))
        {
            Console.WriteLine(MeetingJson.Serialize(meeting));
            return 0;
        }

        // The facts as the review card lists them, with any corrections the same minutes already have.
        var corrections = await services.Get<MinutesCorrections>().GetAsync(MeetingSource.IdOf(meeting));
        var review = new MinutesReviewView("", Path.GetFileName(file), 0, MinutesReviewState.Published,
            MinutesReviewViews.Reviewed(CorrectionOverlay.Apply(meeting, corrections), corrections));
        Console.WriteLine($"Stored {meeting.Title} ({meeting.Body}, {meeting.Date:d MMMM yyyy}{(meeting.DateInferred ? ", date inferred" : "")}): " +
            $"{meeting.Items.Count} items, {meeting.Events.Count} dates, {meeting.Deadlines.Count} deadlines.");
        Console.WriteLine();
        Console.WriteLine(services.Get<ReplyBuilder>().Build(review).Text);
        return 0;
    }
}
