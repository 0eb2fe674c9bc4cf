using WorkingParty.Bot.Features.Exports;
using WorkingParty.Comments;
using WorkingParty.Comments.Service;

namespace WorkingParty.Bot.Features.Comments;

/// <summary>The compilation of a deadline's written comments, as Word or CSV (<see cref="CompilationFiles"/>), made when handed over.</summary>
public sealed class CommentsExportSource(CommentService comments) : IExportSource
{
    public const string CompilationKind = "comments";

    public string Kind => CompilationKind;

    /// <summary>The two files of a deadline's compilation.</summary>
    public static IReadOnlyList<ExportRequest> Files(string deadlineId) =>
        [new(CompilationKind, deadlineId, "docx", "Word (.docx)"), new(CompilationKind, deadlineId, "csv", "CSV")];

    public async Task<ExportFile?> MakeAsync(string subject, string format, CancellationToken cancellationToken) =>
        CompilationFiles.IsFormat(format) && await comments.CompileAsync(subject, cancellationToken) is { } compilation
            ? new ExportFile(CompilationFiles.FileName(subject, format), CompilationFiles.ContentType(format), CompilationFiles.Write(compilation, format))
            : null;
}
