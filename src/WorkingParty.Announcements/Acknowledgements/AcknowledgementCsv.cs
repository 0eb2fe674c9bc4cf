using System.Globalization;
using WorkingParty.Storage;
using WorkingParty.Storage.Export;

namespace WorkingParty.Announcements.Acknowledgements;

/// <summary>The author's export: one row per person, acknowledged or not, as CSV for spreadsheets (<see cref="SpreadsheetCsv"/>).</summary>
public static class AcknowledgementCsv
{
    public static string Write(AcknowledgementOverview overview) => SpreadsheetCsv.Write(
    [
        ["Delegation", "Name", "User id", "Acknowledged", "Acknowledged at (UTC)"],
        .. overview.Acknowledged.Select(a => new[]
        {
            a.Delegation, a.UserName, a.UserId, "yes", a.AcknowledgedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        }),
        .. overview.NotYetAcknowledged.Select(r => new[] { r.Delegation, r.UserName, r.UserId, "no", null }),
    ]);
}
