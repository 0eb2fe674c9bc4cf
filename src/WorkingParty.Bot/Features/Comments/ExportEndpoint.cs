using WorkingParty.Comments;

namespace WorkingParty.Bot.Features.Comments;

/// <summary>GET /exports/{token}.docx|.csv: the compilation behind a download link the secretariat was given.</summary>
public static class ExportEndpoint
{
    public static IEndpointRouteBuilder MapCommentExports(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/exports/{token}.{format}", ServeAsync);
        return endpoints;
    }

    private static async Task<IResult> ServeAsync(string token, string format, ExportLinks links, CommentService comments, HttpContext http)
    {
        http.Response.Headers.CacheControl = "no-store";
        if (!CompilationFiles.IsFormat(format) || await links.RedeemAsync(token, http.RequestAborted) is not { } deadlineId)
            return Results.Text("This download link is not valid or has expired. Ask the bot to export the comments again.", statusCode: StatusCodes.Status404NotFound);
        if (await comments.CompileAsync(deadlineId, http.RequestAborted) is not { } compilation)
            return Results.Text($"The deadline '{deadlineId}' is no longer in the minutes.", statusCode: StatusCodes.Status404NotFound);
        return Results.File(CompilationFiles.Write(compilation, format), CompilationFiles.ContentType(format), CompilationFiles.FileName(deadlineId, format));
    }
}
