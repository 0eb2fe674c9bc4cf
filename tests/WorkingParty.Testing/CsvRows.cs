using System.Text;

namespace WorkingParty.Testing;

/// <summary>
/// A strict RFC 4180 reader, to read exported CSV back in tests; with another <c>delimiter</c> it reads a file as a
/// spreadsheet set to that list separator would (Excel with European settings splits on ';').
/// </summary>
public static class CsvRows
{
    public static List<List<string>> Parse(string csv, char delimiter = ',')
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (i < csv.Length)
        {
            if (csv[i] == '"')
            {
                i++;
                while (!(csv[i] == '"' && (i + 1 == csv.Length || csv[i + 1] != '"')))
                {
                    field.Append(csv[i]);
                    i += csv[i] == '"' ? 2 : 1;
                }
                i++;
            }
            else if (csv[i] == delimiter)
            {
                row.Add(field.ToString());
                field.Clear();
                i++;
            }
            else if (csv[i] == '\r')
            {
                Assert.Equal('\n', csv[i + 1]);
                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = [];
                i += 2;
            }
            else
            {
                Assert.NotEqual('\n', csv[i]);
                field.Append(csv[i++]);
            }
        }
        Assert.Empty(row);
        return rows;
    }

    /// <summary>The rows written back with every field quoted: equal to the file only when the file quotes every field.</summary>
    public static string AllQuoted(IEnumerable<IEnumerable<string>> rows) =>
        string.Concat(rows.Select(row => string.Join(',', row.Select(f => "\"" + f.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"")) + "\r\n"));
}
