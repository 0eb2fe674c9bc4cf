using System.Text;
using WorkingParty.Announcements.Acknowledgements;

namespace WorkingParty.Bot.Features.Announcements;

/// <summary>
/// GET /exports/acknowledgements/{announcement}/{secret}: the acknowledgement list as CSV, for as long as the link lives;
/// never kept by a browser or proxy cache.
/// </summary>
public static class AcknowledgementExportEndpoint
{
    public static IEndpointRouteBuilder MapAcknowledgementExports(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(AcknowledgementExportLinks.Path + "{announcementId}/{secret}", ExportAsync);
        return endpoints;
    }

    private static async Task<IResult> ExportAsync(
        string announcementId, string secret, AcknowledgementExportLinks links, AcknowledgementBook acknowledgements, HttpContext http)
    {
        http.Response.Headers.CacheControl = "no-store";
        if (!await links.IsValidAsync(announcementId, secret, http.RequestAborted))
        {
            return Results.NotFound("This export link is unknown or has expired; refresh the status card for a new one.");
        }

        var csv = AcknowledgementCsv.Write(await acknowledgements.OverviewAsync(announcementId, http.RequestAborted));
        return Results.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv)).ToArray(), "text/csv; charset=utf-8",
            $"acknowledgements-{announcementId}.csv");
    }
}
