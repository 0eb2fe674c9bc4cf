namespace WorkingParty.Storage.Collections;

/// <summary>A typed document as read from a collection, with the ETag to hand back when replacing it.</summary>
public sealed record Versioned<T>(string Id, T Value, string ETag);
