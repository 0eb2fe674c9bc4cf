using System.Diagnostics;
using System.Security.Cryptography;
using WorkingParty.Minutes.Extraction;

namespace WorkingParty.Minutes.Reading;

/// <summary>
/// The entry point for a minutes file (.txt, .pdf, .docx): reads it, extracts the meeting record, or says why not.
/// </summary>
public sealed class MinutesReader
{
    /// <summary>
    /// The parser, built on the first read: building the default one (every pattern of the definitions) is work a bot
    /// restarting on a store that already holds every file of its folder never needs (docs/benchmarks.md, section 2).
    /// </summary>
    private readonly Func<MinutesParser> _parser;
    private readonly Dictionary<string, ITextExtractor> _extractors = new(StringComparer.OrdinalIgnoreCase);

    public MinutesReader()
        : this(() => MinutesParser.Default, [new PlainTextExtractor(), new PdfTextExtractor(), new DocxTextExtractor()])
    {
    }

    public MinutesReader(MinutesParser parser, IEnumerable<ITextExtractor> extractors)
        : this(() => parser, extractors)
    {
    }

    private MinutesReader(Func<MinutesParser> parser, IEnumerable<ITextExtractor> extractors)
    {
        _parser = parser;
        foreach (var extractor in extractors)
        {
            foreach (var extension in extractor.Extensions)
            {
                _extractors[extension] = extractor;
            }
        }
    }

    public IReadOnlyCollection<string> SupportedExtensions => _extractors.Keys;

    /// <exception cref="MinutesRejectedException">The file is empty, unreadable, of an unsupported type or not minutes.</exception>
    public async Task<Meeting> ReadAsync(string path, IngestOptions options, CancellationToken cancellationToken = default)
    {
        var result = await TryReadAsync(path, options, cancellationToken).ConfigureAwait(false);
        return result.Meeting ?? throw new MinutesRejectedException(result.Rejection!);
    }

    /// <summary>Like <see cref="ReadAsync"/>, with the rejection in the result instead of thrown.</summary>
    public async Task<MinutesParseResult> TryReadAsync(string path, IngestOptions options, CancellationToken cancellationToken = default)
    {
        using var activity = ReadingTelemetry.Source.StartActivity("read minutes");
        var started = Stopwatch.GetTimestamp();
        var result = await ReadFileAsync(path, options, cancellationToken).ConfigureAwait(false);
        ReadingTelemetry.RecordFile(activity, path, result, Stopwatch.GetElapsedTime(started));
        return result;
    }

    private async Task<MinutesParseResult> ReadFileAsync(string path, IngestOptions options, CancellationToken cancellationToken)
    {
        if (!_extractors.TryGetValue(Path.GetExtension(path), out var extractor))
        {
            return MinutesParseResult.Rejected(MinutesRejection.UnsupportedType(path, _extractors.Keys));
        }

        byte[] bytes;
        DateOnly fileDate;
        try
        {
            bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
            fileDate = DateOnly.FromDateTime(File.GetLastWriteTimeUtc(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return MinutesParseResult.Rejected(MinutesRejection.Unreadable(path, e.Message));
        }

        if (bytes.Length == 0)
        {
            return MinutesParseResult.Rejected(MinutesRejection.Empty(path));
        }

        ExtractedText extracted;
        try
        {
            extracted = extractor.Extract(new MemoryStream(bytes, writable: false));
        }
        catch (UnreadableFileException e)
        {
            return MinutesParseResult.Rejected(MinutesRejection.Unreadable(path, e.Message));
        }

        var result = _parser().Parse(extracted.Text, Path.GetFileName(path), options, fileDate);
        return result.Meeting is null
            ? result
            : MinutesParseResult.Read(result.Meeting with
            {
                Footnotes = extracted.Footnotes.Count == 0 ? result.Meeting.Footnotes : extracted.Footnotes,
                SourceDigest = Convert.ToHexStringLower(SHA256.HashData(bytes))[..32],
            });
    }
}
