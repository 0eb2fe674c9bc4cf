namespace WorkingParty.Bot.Features.Exports;

/// <summary>
/// GET /exports/{token}.{extension}: an export file behind a download link, once (the extension only names the file for browsers). Never cached on the way (no-store). A token
/// that is unknown or spent gets 404, an expired one 410; neither writes anything.
/// </summary>
public static class DownloadEndpoint
{
    public static Uri Url(Uri publicUrl, string token, string format) => new($"{publicUrl.AbsoluteUri.TrimEnd('/')}/exports/{token}.{format}");

    public static IEndpointRouteBuilder MapExportDownloads(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/exports/{token}.{extension}", ServeAsync);
        return endpoints;
    }

    private static async Task<IResult> ServeAsync(string token, ExportGrants grants, ExportSources sources, HttpContext http, ILoggerFactory loggers)
    {
        http.Response.Headers.CacheControl = "no-store";
        var redeemed = await grants.RedeemAsync(token, ExportVia.Link, holder: null, http.RequestAborted);
        if (redeemed.Expired)
            return Results.Text("This download link has expired. Ask the bot for the export again.", statusCode: StatusCodes.Status410Gone);
        if (redeemed.Grant is not { } grant || await sources.MakeAsync(grant, http.RequestAborted) is not { } file)
            return Results.Text("This download link is not valid, or was used already. Ask the bot for the export again.", statusCode: StatusCodes.Status404NotFound);
        loggers.CreateLogger(typeof(DownloadEndpoint)).LogInformation("Export {Kind} {Subject} ({Format}) issued to {Member} was downloaded", grant.Kind, grant.Subject, grant.Format, grant.IssuedTo);
        return Results.File(file.Content, file.ContentType, file.Name);
    }
}
