using System.Security.Cryptography;

namespace WorkingParty.Answers.Library;

/// <summary>
/// The built passage index kept in a local folder, one file, under the key of what it was built from
/// (<see cref="IndexFingerprint"/>: the meetings as the library holds them, corrections applied and withdrawn minutes
/// left out, and the edition of the code). A library built from the same meetings by the same code loads it instead
/// of building it; another key or a missing, corrupt or half-written file means a fresh build, written afterwards in
/// the background. The file is a cache only: losing it costs one build.
/// </summary>
public sealed class IndexCache
{
    private const string FileName = "passage-index.bin";
    private static readonly byte[] Magic = "WPINDEX1"u8.ToArray();

    private readonly string _folder;
    private readonly string _edition;
    private Task _saved = Task.CompletedTask;

    public IndexCache(string folder)
        : this(folder, IndexEdition.Current)
    {
    }

    internal IndexCache(string folder, string edition)
    {
        _folder = Path.GetFullPath(folder);
        _edition = edition;
    }

    /// <summary>The path of the cache file.</summary>
    public string FilePath => Path.Combine(_folder, FileName);

    /// <summary>The last write started; it ends without error even when the file could not be written.</summary>
    public Task Saved => Volatile.Read(ref _saved);

    /// <summary>The key of an index built from these meetings by this code.</summary>
    internal string KeyOf(IReadOnlyList<Meeting> meetings) => IndexFingerprint.Of(meetings, _edition);

    /// <summary>The index kept under the key, built over that many passages; null when there is none or it cannot be read whole.</summary>
    internal BuiltIndex? TryLoad(Lazy<string> key, int passages)
    {
        try
        {
            if (!File.Exists(FilePath)) return null;
            var bytes = File.ReadAllBytes(FilePath);
            using var reader = new BinaryReader(new MemoryStream(bytes, writable: false));
            if (!reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic) || reader.ReadString() != key.Value) return null;
            var length = reader.ReadInt32();
            var checksum = reader.ReadBytes(SHA256.HashSizeInBytes);
            var start = (int)reader.BaseStream.Position;
            if (length != bytes.Length - start || !SHA256.HashData(bytes.AsSpan(start)).AsSpan().SequenceEqual(checksum)) return null;
            return BuiltIndex.ReadFrom(reader, passages);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or FormatException)
        {
            return null;
        }
    }

    /// <summary>Writes the index under the key on another thread; a file half written is never taken for the cache.</summary>
    internal void SaveInBackground(Lazy<string> key, BuiltIndex built) =>
        Volatile.Write(ref _saved, Task.Run(() => Save(key.Value, built)));

    private void Save(string key, BuiltIndex built)
    {
        var temporary = FilePath + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            var payload = new MemoryStream();
            using (var writer = new BinaryWriter(payload, System.Text.Encoding.UTF8, leaveOpen: true)) built.WriteTo(writer);
            Directory.CreateDirectory(_folder);
            using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            using (var writer = new BinaryWriter(file))
            {
                writer.Write(Magic);
                writer.Write(key);
                writer.Write((int)payload.Length);
                writer.Write(SHA256.HashData(payload.GetBuffer().AsSpan(0, (int)payload.Length)));
                writer.Write(payload.GetBuffer(), 0, (int)payload.Length);
                writer.Flush();
                file.Flush(flushToDisk: true);
            }
            File.Move(temporary, FilePath, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Discard(temporary);
        }
    }

    private static void Discard(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left behind: a temporary file is never read as the cache.
        }
    }
}
