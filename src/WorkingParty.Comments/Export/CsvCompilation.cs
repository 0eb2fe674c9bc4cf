using System.Globalization;
using System.Text;
using WorkingParty.Comments.Model;
using WorkingParty.Storage;
using WorkingParty.Storage.Export;

namespace WorkingParty.Comments.Export;

/// <summary>
/// A compilation as CSV for spreadsheets (<see cref="SpreadsheetCsv"/>: every field quoted, formulas defused), UTF-8
/// with a byte order mark so Excel reads accents.
/// </summary>
public static class CsvCompilation
{
    public static readonly IReadOnlyList<string> Header =
        ["Delegation", "Author", "Received", "Late", "Document", "Comment", "Versions", "Comment id", "Delegation confirmed"];

    public static void Write(CommentCompilation compilation, Stream output)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        SpreadsheetCsv.Write(writer, [Header, .. compilation.Comments.Select(comment => Row(compilation, comment))]);
    }

    private static string?[] Row(CommentCompilation compilation, Comment comment) =>
    [
        comment.Delegation,
        comment.Author.DisplayName,
        compilation.LocalTime(comment.ReceivedAt),
        comment.Late ? "late" : "",
        comment.DocumentReference,
        comment.Text,
        comment.Versions.Count.ToString(CultureInfo.InvariantCulture),
        comment.Id,
        compilation.IsConfirmed(comment) ? "confirmed" : UnconfirmedMark,
    ];

    /// <summary>A comment whose author declared the delegation themselves, and the secretariat has not confirmed it yet.</summary>
    public const string UnconfirmedMark = "not confirmed";
}
