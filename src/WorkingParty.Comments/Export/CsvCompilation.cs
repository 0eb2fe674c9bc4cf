using System.Text;

namespace WorkingParty.Comments;

/// <summary>
/// A compilation as CSV for spreadsheets: RFC 4180 (quoted where needed, CRLF rows), UTF-8 with a
/// byte order mark so Excel reads accents. A cell that a spreadsheet would take for a formula is
/// prefixed with an apostrophe.
/// </summary>
public static class CsvCompilation
{
    public static readonly IReadOnlyList<string> Header =
        ["Delegation", "Author", "Received", "Late", "Document", "Comment", "Versions", "Comment id"];

    public static void Write(CommentCompilation compilation, Stream output)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        WriteRow(writer, Header);
        foreach (var comment in compilation.Comments)
        {
            WriteRow(writer,
            [
                comment.Delegation,
                comment.Author.DisplayName,
                compilation.LocalTime(comment.ReceivedAt),
                comment.Late ? "late" : "",
                comment.DocumentReference ?? "",
                comment.Text,
                comment.Versions.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                comment.Id,
            ]);
        }
    }

    private static void WriteRow(TextWriter writer, IEnumerable<string> cells)
    {
        writer.Write(string.Join(',', cells.Select(Field)));
        writer.Write("\r\n");
    }

    private static string Field(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
            value = "'" + value;
        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;
    }
}
