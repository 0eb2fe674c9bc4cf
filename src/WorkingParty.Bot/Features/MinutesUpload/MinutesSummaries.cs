using WorkingParty.Cards.Views;
using WorkingParty.Minutes.Model;

namespace WorkingParty.Bot.Features.MinutesUpload;

/// <summary>What the summary card shows of a meeting read from an uploaded file.</summary>
public static class MinutesSummaries
{
    public static MinutesSummaryView Of(string uploadId, string fileName, Meeting meeting, MinutesUploadState state = MinutesUploadState.Pending) =>
        new(uploadId, fileName, meeting.Body, meeting.Title, meeting.Date, meeting.DateInferred, meeting.Items.Count,
            meeting.Events.Where(e => e.Kind != EventKind.PastEvent).OrderBy(e => e.Date).Select(e => new MinutesDate(e.Date, e.Description)).ToList(),
            meeting.Deadlines.OrderBy(d => d.Date).Select(d => new MinutesDeadline(d.Date, d.Subject, d.Item)).ToList())
        {
            State = state,
        };
}
