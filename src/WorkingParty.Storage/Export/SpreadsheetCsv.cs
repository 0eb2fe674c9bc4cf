using CsvHelper;

namespace WorkingParty.Storage.Export;

/// <summary>
/// The one CSV writer of every export, for spreadsheets: RFC 4180 with every field quoted (so a list separator inside a
/// field, ',' or the ';' Excel uses with European settings, cannot split it into a cell of its own), CRLF rows, and a
/// field starting with = + - @, a tab or a carriage return prefixed with an apostrophe, so that a spreadsheet shows it as
/// text instead of running it as a formula.
/// </summary>
public static class SpreadsheetCsv
{
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        Quoting = CsvQuoting.Always,
        Injection = CsvInjection.Escape,
        InjectionCharacters = "=+-@\t\r",
        InjectionEscape = '\'',
        NewLine = "\r\n",
    };

    public static void Write(TextWriter output, IEnumerable<IEnumerable<string?>> rows)
    {
        using var csv = CsvWriter.Create(output, Options, leaveOpen: true);
        foreach (var row in rows)
            csv.WriteRecord(row.Select(field => field ?? "").ToArray());
    }

    public static string Write(IEnumerable<IEnumerable<string?>> rows)
    {
        using var output = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Write(output, rows);
        return output.ToString();
    }
}
