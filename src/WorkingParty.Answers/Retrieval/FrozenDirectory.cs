using Lucene.Net.Store;

namespace WorkingParty.Answers.Retrieval;

/// <summary>
/// A finished in-memory index, each file in one array, read without locks. <see cref="RAMDirectory"/> takes a lock
/// at every 1 KB buffer it reads, which was a tenth of the cost of a search. Read-only.
/// </summary>
internal sealed class FrozenDirectory : BaseDirectory
{
    private readonly Dictionary<string, byte[]> _files;

    public FrozenDirectory(Lucene.Net.Store.Directory source)
        : this(source.ListAll().ToDictionary(name => name, name => Read(source, name)))
    {
    }

    /// <summary>The files of an index written before (<see cref="Files"/>), by name.</summary>
    public FrozenDirectory(Dictionary<string, byte[]> files)
    {
        _files = files;
        SetLockFactory(NoLockFactory.GetNoLockFactory());
    }

    /// <summary>Every file of the index, by name; not to be changed.</summary>
    public IReadOnlyDictionary<string, byte[]> Files => _files;

    public override string[] ListAll() => [.. _files.Keys];

    [Obsolete("Obsolete in Lucene.Net's Directory, which still requires it.")]
    public override bool FileExists(string name) => _files.ContainsKey(name);

    public override long FileLength(string name) =>
        _files.TryGetValue(name, out var bytes) ? bytes.Length : throw new FileNotFoundException(name);

    public override IndexInput OpenInput(string name, IOContext context) =>
        _files.TryGetValue(name, out var bytes) ? new ArrayInput($"{nameof(ArrayInput)}({name})", bytes, position: 0) : throw new FileNotFoundException(name);

    public override IndexOutput CreateOutput(string name, IOContext context) => throw ReadOnly();

    public override void DeleteFile(string name) => throw ReadOnly();

    public override void Sync(ICollection<string> names) => throw ReadOnly();

    protected override void Dispose(bool disposing)
    {
    }

    private static NotSupportedException ReadOnly() => new("The index is frozen once built.");

    private static byte[] Read(Lucene.Net.Store.Directory source, string name)
    {
        using var input = source.OpenInput(name, IOContext.READ_ONCE);
        var bytes = new byte[input.Length];
        input.ReadBytes(bytes, 0, bytes.Length);
        return bytes;
    }

    /// <summary>A file being read; clones (one per term or posting list being read) share the array.</summary>
    private sealed class ArrayInput(string description, byte[] bytes, int position) : IndexInput(description)
    {
        private int _position = position;

        public override long Length => bytes.Length;

        public override long Position => _position;

        public override byte ReadByte() =>
            _position < bytes.Length ? bytes[_position++] : throw new EndOfStreamException($"read past the end of {this}");

        public override void ReadBytes(byte[] b, int offset, int len)
        {
            if (len > bytes.Length - _position) throw new EndOfStreamException($"read past the end of {this}");
            Buffer.BlockCopy(bytes, _position, b, offset, len);
            _position += len;
        }

        public override void Seek(long pos) => _position = (int)pos;

        /// <summary>Made directly: the inherited <see cref="object.MemberwiseClone"/> was a quarter of a search.</summary>
        public override object Clone() => new ArrayInput(ToString(), bytes, _position);

        protected override void Dispose(bool disposing)
        {
        }
    }
}
