using System.Text;

namespace WorkingParty.Comments.Tests.Support;

/// <summary>A strict RFC 4180 reader, to read exported CSV back in tests.</summary>
public static class CsvReader
{
    public static List<List<string>> Parse(string csv)
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
            else if (csv[i] == ',')
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
}
