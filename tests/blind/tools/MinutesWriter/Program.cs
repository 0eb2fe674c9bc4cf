using MinutesWriter.Docx;
using MinutesWriter.Markup;
using MinutesWriter.Pdf;

// Makes the .pdf / .docx beside every .pdf.src / .docx.src under a folder (tests/blind/FORMAT.md, "Markup").
if (args is not [var folder] || !Directory.Exists(folder))
{
    Console.Error.WriteLine("usage: dotnet run --project tests/blind/tools/MinutesWriter -- <folder>");
    return 2;
}

var sources = Directory.EnumerateFiles(folder, "*.src", SearchOption.AllDirectories)
    .Where(f => f.EndsWith(".pdf.src", StringComparison.Ordinal) || f.EndsWith(".docx.src", StringComparison.Ordinal))
    .Order(StringComparer.Ordinal)
    .ToList();
var failed = 0;
foreach (var path in sources)
{
    var name = Path.GetRelativePath(folder, path);
    void Warn(string message) => Console.WriteLine($"  warning: {name}: {message}");
    try
    {
        var source = SourceParser.Parse(path, File.ReadAllText(path));
        var bytes = path.EndsWith(".pdf.src", StringComparison.Ordinal)
            ? PdfMinutesWriter.Write(source, Warn)
            : DocxMinutesWriter.Write(source, Warn);
        File.WriteAllBytes(source.OutputPath, bytes);
        Console.WriteLine($"wrote {Path.GetRelativePath(folder, source.OutputPath)} ({source.Pages.Count} source page(s), {bytes.Length} bytes)");
    }
    catch (Exception e) when (e is MarkupException or IOException or InvalidOperationException or NotSupportedException)
    {
        failed++;
        Console.Error.WriteLine($"error: {name}: {e.Message}");
    }
}

Console.WriteLine($"{sources.Count - failed} of {sources.Count} source(s) written");
return failed == 0 ? 0 : 1;
