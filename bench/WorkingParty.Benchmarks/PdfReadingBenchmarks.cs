using BenchmarkDotNet.Attributes;
using WorkingParty.Minutes.Extraction;
using WorkingParty.Minutes.Reading;
using WorkingParty.Testing.Corpus.Layout;

namespace WorkingParty.Benchmarks;

/// <summary>
/// Reading a 30-page PDF of minutes (extracting its text and footnotes, then parsing) against parsing the text
/// extracted from it, in the same run; the extraction alone beside them. Target: the PDF in under a second.
/// </summary>
[MemoryDiagnoser]
public class PdfReadingBenchmarks
{
    private const int Pages = 30;
    private static readonly DateOnly Fallback = new(2000, 1, 1);
    private readonly PdfTextExtractor _extractor = new();
    private byte[] _pdf = [];
    private string _text = "";

    [GlobalSetup]
    public void Print()
    {
        _pdf = CouncilPdfMinutes.Print(Pages).Pdf;
        _text = _extractor.Extract(new MemoryStream(_pdf)).Text;
    }

    [Benchmark(Baseline = true)]
    public object? ParseText() => MinutesParser.Default.Parse(_text, "minutes.txt", IngestOptions.None, Fallback).Meeting;

    [Benchmark]
    public object ExtractPdf() => _extractor.Extract(new MemoryStream(_pdf, writable: false));

    [Benchmark]
    public object? ReadPdf()
    {
        var extracted = _extractor.Extract(new MemoryStream(_pdf, writable: false));
        return MinutesParser.Default.Parse(extracted.Text, "minutes.pdf", IngestOptions.None, Fallback).Meeting! with { Footnotes = extracted.Footnotes };
    }
}
