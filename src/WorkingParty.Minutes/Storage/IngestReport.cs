using WorkingParty.Minutes.Reading;

namespace WorkingParty.Minutes.Storage;

/// <summary>
/// What a folder ingestion stored, what it turned down, file by file, and the meetings (by id) of the files it
/// left alone because they were stored unchanged already.
/// </summary>
public sealed record IngestReport(IReadOnlyList<Meeting> Stored, IReadOnlyList<MinutesRejection> Rejected, IReadOnlyList<string> Unchanged);
