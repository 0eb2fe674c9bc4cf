using System.Net.Http.Headers;
using Microsoft.Rest;
using WorkingParty.Announcements.Broadcast;

namespace WorkingParty.Bot.Features.Announcements;

/// <summary>Reads what the Bot Connector answered when a send failed: its HTTP status and any Retry-After.</summary>
public static class ConnectorFailure
{
    /// <summary>The outcome for a failure the connector answered; null for any other exception.</summary>
    public static SendOutcome? OutcomeOf(Exception exception, DateTimeOffset now) => exception switch
    {
        ErrorResponseException { Response: { } response } => Outcome(response, now),
        HttpOperationException { Response: { } response } => Outcome(response, now),
        _ => null,
    };

    private static SendOutcome Outcome(HttpResponseMessageWrapper response, DateTimeOffset now) =>
        SendOutcome.FromHttpStatus((int)response.StatusCode, RetryAfter(response, now));

    private static TimeSpan? RetryAfter(HttpResponseMessageWrapper response, DateTimeOffset now)
    {
        var header = response.Headers?.FirstOrDefault(h => string.Equals(h.Key, "Retry-After", StringComparison.OrdinalIgnoreCase));
        if (header?.Value?.FirstOrDefault() is not { } value || !RetryConditionHeaderValue.TryParse(value, out var parsed))
        {
            return null;
        }

        return parsed.Delta ?? (parsed.Date is { } date && date > now ? date - now : TimeSpan.Zero);
    }
}
