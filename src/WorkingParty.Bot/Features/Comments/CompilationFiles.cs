using WorkingParty.Comments;
using WorkingParty.Comments.Export;

namespace WorkingParty.Bot.Features.Comments;

/// <summary>The file formats a compilation of comments is exported in: Word (.docx) and CSV.</summary>
public static class CompilationFiles
{
    private static readonly Dictionary<string, (string ContentType, Action<CommentCompilation, Stream> Write)> Formats = new(StringComparer.OrdinalIgnoreCase)
    {
        ["docx"] = ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", DocxCompilation.Write),
        ["csv"] = ("text/csv; charset=utf-8", CsvCompilation.Write),
    };

    public static IEnumerable<string> Names => Formats.Keys;

    public static bool IsFormat(string? format) => format is not null && Formats.ContainsKey(format);

    public static string ContentType(string format) => Formats[format].ContentType;

    public static byte[] Write(CommentCompilation compilation, string format)
    {
        using var buffer = new MemoryStream();
        Formats[format].Write(compilation, buffer);
        return buffer.ToArray();
    }

    /// <summary>e.g. "comments-2017-03-15-hwp-cyber-issues-item-7-2017-03-29.docx".</summary>
    public static string FileName(string deadlineId, string format) =>
        $"comments-{string.Concat(deadlineId.Select(c => char.IsAsciiLetterOrDigit(c) || c == '-' ? c : '-'))}.{format.ToLowerInvariant()}";
}
