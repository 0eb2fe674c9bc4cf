using System.Globalization;
using System.Text;

namespace WorkingParty.Announcements.Acknowledgements;

/// <summary>The author's export: one row per person, acknowledged or not, as RFC 4180 CSV.</summary>
public static class AcknowledgementCsv
{
    public static string Write(AcknowledgementOverview overview)
    {
        var csv = new StringBuilder();
        Row(csv, "Delegation", "Name", "User id", "Acknowledged", "Acknowledged at (UTC)");
        foreach (var a in overview.Acknowledged)
            Row(csv, a.Delegation, a.UserName, a.UserId, "yes", a.AcknowledgedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
        foreach (var r in overview.NotYetAcknowledged)
            Row(csv, r.Delegation, r.UserName, r.UserId, "no", null);
        return csv.ToString();
    }

    private static void Row(StringBuilder csv, params string?[] fields)
    {
        csv.AppendJoin(',', fields.Select(Field)).Append("\r\n");
    }

    private static string Field(string? value)
    {
        value ??= "";
        // A cell starting with = + - or @ would run as a formula in a spreadsheet.
        if (value.Length > 0 && "=+-@".Contains(value[0]))
            value = "'" + value;
        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }
}
