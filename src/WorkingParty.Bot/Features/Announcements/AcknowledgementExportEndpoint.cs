using System.Text;
using WorkingParty.Announcements.Acknowledgements;

namespace WorkingParty.Bot.Features.Announcements;

/// <summary>GET /exports/acknowledgements/{token}: the acknowledgement list as CSV, for as long as the link lives.</summary>
public static class AcknowledgementExportEndpoint
{
    public static IEndpointRouteBuilder MapAcknowledgementExports(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(AcknowledgementExportLinks.Path + "{token}", ExportAsync);
        return endpoints;
    }

    private static async Task<IResult> ExportAsync(string token, AcknowledgementExportLinks links, AcknowledgementBook acknowledgements, CancellationToken cancellationToken)
    {
        if (await links.AnnouncementOfAsync(token, cancellationToken) is not { } announcementId)
        {
            return Results.NotFound("This export link is unknown or has expired; refresh the status card for a new one.");
        }

        var csv = AcknowledgementCsv.Write(await acknowledgements.OverviewAsync(announcementId, cancellationToken));
        return Results.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv)).ToArray(), "text/csv; charset=utf-8",
            $"acknowledgements-{announcementId}.csv");
    }
}
