namespace WorkingParty.Minutes.Storage;

/// <summary>
/// A folder ingestion under way. <see cref="Read"/> completes once every file is read, with the meetings of the files
/// that were new or changed, while they may still be being stored; <see cref="Stored"/> completes once they are all
/// stored (or faults when one could not be). Answer from the read meetings only once <see cref="Stored"/> succeeded.
/// </summary>
public sealed record FolderIngestion(Task<IReadOnlyList<Meeting>> Read, Task<IngestReport> Stored);
