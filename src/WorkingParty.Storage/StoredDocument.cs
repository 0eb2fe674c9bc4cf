namespace WorkingParty.Storage;

/// <summary>One version of a stored document; <see cref="ETag"/> names that version.</summary>
public sealed record StoredDocument(string Key, string Json, string ETag);
