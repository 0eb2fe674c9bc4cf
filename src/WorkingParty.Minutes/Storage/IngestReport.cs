using WorkingParty.Minutes.Model;
using WorkingParty.Minutes.Reading;

namespace WorkingParty.Minutes.Storage;

/// <summary>What a folder ingestion stored and what it turned down, file by file.</summary>
public sealed record IngestReport(IReadOnlyList<Meeting> Stored, IReadOnlyList<MinutesRejection> Rejected);
