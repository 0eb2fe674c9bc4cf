using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace WorkingParty.Bot.Hosting.ServiceDefaults;

/// <summary>A health report as JSON: the overall status and each check's, with its description. No exception details.</summary>
public static class HealthReportJson
{
    public static Task WriteAsync(HttpContext http, HealthReport report) =>
        http.Response.WriteAsJsonAsync(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(
                entry => entry.Key,
                entry => new { status = entry.Value.Status.ToString(), description = entry.Value.Description }),
        });
}
