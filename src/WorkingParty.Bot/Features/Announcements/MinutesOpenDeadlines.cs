using System.Globalization;
using WorkingParty.Announcements.Reminders;
using WorkingParty.Answers.Model;
using WorkingParty.Bot.Features.Minutes;
using WorkingParty.Storage.Time;

namespace WorkingParty.Bot.Features.Announcements;

/// <summary>The deadlines still open today, from the published minutes with announced extensions applied, soonest first.</summary>
public sealed class MinutesOpenDeadlines(MinutesCatalog catalog, TimeProvider time) : IOpenDeadlines
{
    public async Task<IReadOnlyList<OpenDeadline>> ListAsync(CancellationToken cancellationToken)
    {
        var answerer = await catalog.GetAnswererAsync(cancellationToken);
        var today = time.Today();
        return answerer.Library.Meetings
            .SelectMany(meeting => meeting.Deadlines.Select(deadline => deadline.IdIn(meeting)))
            .Select(id => answerer.FindDeadline(id, today))
            .OfType<DeadlineEntry>()
            .Where(deadline => deadline.Date >= today)
            .OrderBy(deadline => deadline.Date).ThenBy(deadline => deadline.Id, StringComparer.Ordinal)
            .Select(deadline => new OpenDeadline(deadline.Id, deadline.Date, deadline.Subject, SourceOf(deadline.Source)) { DateInDoubt = !deadline.IsCertain })
            .ToList();
    }

    /// <summary>"Horizontal Working Party on Cyber Issues, meeting of 15 March 2017, item 7: …", as the answers cite.</summary>
    private static string SourceOf(Citation source) =>
        $"{source.Body}, meeting of {source.MeetingDate.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}, item {source.Item}: {source.ItemTitle}";
}
