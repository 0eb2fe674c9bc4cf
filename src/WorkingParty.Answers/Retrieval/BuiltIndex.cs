namespace WorkingParty.Answers.Retrieval;

/// <summary>
/// What building the passage index spends its CPU on, a pure function of the passages: Lucene's files and each
/// passage's entity terms. Written to a stream and read back unchanged, so that a restart on the same minutes loads it
/// (<see cref="IndexCache"/>) instead of analysing every sentence again.
/// </summary>
internal sealed record BuiltIndex(FrozenDirectory Directory, IReadOnlyList<string>[] Entities)
{
    public void WriteTo(BinaryWriter writer)
    {
        writer.Write(Directory.Files.Count);
        foreach (var (name, bytes) in Directory.Files)
        {
            writer.Write(name);
            writer.Write(bytes.Length);
            writer.Write(bytes);
        }
        writer.Write(Entities.Length);
        foreach (var terms in Entities)
        {
            writer.Write(terms.Count);
            foreach (var term in terms) writer.Write(term);
        }
    }

    /// <summary>The index <see cref="WriteTo"/> wrote; <see cref="InvalidDataException"/> when the stream holds another shape.</summary>
    public static BuiltIndex ReadFrom(BinaryReader reader, int passages)
    {
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        for (var count = reader.ReadInt32(); count > 0; count--)
        {
            var name = reader.ReadString();
            var length = reader.ReadInt32();
            var bytes = reader.ReadBytes(length);
            if (bytes.Length != length) throw new InvalidDataException($"The index file {name} is cut short.");
            files[name] = bytes;
        }
        if (reader.ReadInt32() != passages) throw new InvalidDataException("The index was built over other passages.");
        // The same few thousand terms recur across passages: each kept once.
        var known = new Dictionary<string, string>(StringComparer.Ordinal);
        var entities = new IReadOnlyList<string>[passages];
        for (var id = 0; id < passages; id++)
        {
            var terms = new string[reader.ReadInt32()];
            for (var t = 0; t < terms.Length; t++)
            {
                var term = reader.ReadString();
                terms[t] = known.TryAdd(term, term) ? term : known[term];
            }
            entities[id] = terms;
        }
        return new BuiltIndex(new FrozenDirectory(files), entities);
    }
}
