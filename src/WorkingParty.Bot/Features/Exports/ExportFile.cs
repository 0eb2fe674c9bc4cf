namespace WorkingParty.Bot.Features.Exports;

/// <summary>One file of an export: a kind of list (<see cref="IExportSource.Kind"/>), of what (a deadline, an announcement), in a format.</summary>
/// <param name="Label">How the file is named to the user: "Word (.docx)", "CSV".</param>
public sealed record ExportRequest(string Kind, string Subject, string Format, string Label);

/// <summary>An export made, to hand over: its file name, content type and bytes.</summary>
public sealed record ExportFile(string Name, string ContentType, byte[] Content);

/// <summary>
/// Makes the files of one kind of export (a compilation of comments, the acknowledgement list), fresh each time one is handed
/// over. Null when its subject is gone.
/// </summary>
public interface IExportSource
{
    string Kind { get; }

    Task<ExportFile?> MakeAsync(string subject, string format, CancellationToken cancellationToken);
}
