using System.Text;
using WorkingParty.Announcements.Acknowledgements;
using WorkingParty.Announcements.Drafting;
using WorkingParty.Bot.Features.Exports;

namespace WorkingParty.Bot.Features.Announcements;

/// <summary>An announcement's acknowledgement list as CSV (<see cref="AcknowledgementCsv"/>, UTF-8 with a byte order mark), made when handed over.</summary>
public sealed class AcknowledgementsExportSource(AcknowledgementBook acknowledgements, AnnouncementRepository announcements) : IExportSource
{
    public const string ListKind = "acknowledgements";

    public string Kind => ListKind;

    public static ExportRequest File(string announcementId) => new(ListKind, announcementId, "csv", "CSV");

    public async Task<ExportFile?> MakeAsync(string subject, string format, CancellationToken cancellationToken)
    {
        if (format != "csv" || await announcements.GetAsync(subject, cancellationToken) is null)
            return null;
        var csv = AcknowledgementCsv.Write(await acknowledgements.OverviewAsync(subject, cancellationToken));
        return new ExportFile($"acknowledgements-{subject}.csv", "text/csv; charset=utf-8", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv)]);
    }
}
