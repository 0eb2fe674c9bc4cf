using System.Text;
using Newtonsoft.Json;

namespace WorkingParty.Bot.Hosting;

/// <summary>
/// POST /api/messages: reads the activity itself so that a body that is not JSON is a 415, a malformed one (or an
/// activity without what a turn needs, <see cref="ProblemWith"/>) a 400, an oversized one a 413 and any authentication
/// failure a 401, before the SDK runs the turn.
/// </summary>
public static class MessagesEndpoint
{
    /// <summary>Teams caps an activity at about 100 KB; anything far larger is not from Teams.</summary>
    public const int MaxBodyBytes = 512 * 1024;

    public static IEndpointRouteBuilder MapBotMessages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/messages", HandleAsync);
        return endpoints;
    }

    private static async Task HandleAsync(HttpContext http, BotHttpAdapter adapter, IBot bot, ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(MessagesEndpoint));
        if (!http.Request.HasJsonContentType())
        {
            await WriteProblemAsync(http, StatusCodes.Status415UnsupportedMediaType, "The body must be JSON (Content-Type: application/json).");
            return;
        }

        var body = await ReadBodyAsync(http.Request, http.RequestAborted);
        if (body is null)
        {
            await WriteProblemAsync(http, StatusCodes.Status413PayloadTooLarge, "The activity is larger than a bot accepts.");
            return;
        }

        var activity = TryParseActivity(body);
        if (activity is null)
        {
            logger.LogWarning("Rejected a request whose body is not an activity ({Length} bytes)", body.Length);
            await WriteProblemAsync(http, StatusCodes.Status400BadRequest, "The body is not a Bot Framework activity.");
            return;
        }

        if (ProblemWith(activity) is { } problem)
        {
            logger.LogWarning("Rejected an activity: {Problem}", problem);
            await WriteProblemAsync(http, StatusCodes.Status400BadRequest, problem);
            return;
        }

        try
        {
            var invokeResponse = await adapter.ProcessAsync(http.Request.Headers.Authorization, activity, bot, http.RequestAborted);
            await WriteInvokeResponseAsync(http, invokeResponse);
        }
        catch (AuthenticationFailedException)
        {
            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
        }
    }

    private static async Task<string?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static Activity? TryParseActivity(string body)
    {
        try
        {
            var activity = JsonConvert.DeserializeObject<Activity>(body);
            return string.IsNullOrEmpty(activity?.Type) || activity.Conversation is null ? null : activity;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// Null when the activity carries what a turn needs: where to reply (<c>serviceUrl</c>) and who it was sent to
    /// (<c>recipient</c>); otherwise the reason, for a 400 problem. Without them the SDK fails inside the turn (a 500, or
    /// an apology it cannot even deliver).
    /// </summary>
    private static string? ProblemWith(Activity activity)
    {
        if (!Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl) || serviceUrl.Scheme is not ("https" or "http"))
        {
            return "The activity has no valid serviceUrl (the absolute http or https address of the channel to reply to).";
        }

        return string.IsNullOrWhiteSpace(activity.Recipient?.Id) ? "The activity has no recipient." : null;
    }

    private static async Task WriteInvokeResponseAsync(HttpContext http, InvokeResponse? invokeResponse)
    {
        if (invokeResponse is null)
        {
            http.Response.StatusCode = StatusCodes.Status200OK;
            return;
        }

        http.Response.StatusCode = invokeResponse.Status;
        if (invokeResponse.Body is not null)
        {
            http.Response.ContentType = "application/json";
            await http.Response.WriteAsync(JsonConvert.SerializeObject(invokeResponse.Body));
        }
    }

    private static Task WriteProblemAsync(HttpContext http, int status, string detail) =>
        Results.Problem(detail: detail, statusCode: status).ExecuteAsync(http);
}
