using WorkingParty.Bot.Features.Comments;
using WorkingParty.Comments;
using WorkingParty.Comments.Service;

namespace WorkingParty.Bot.Cli;

/// <summary>
/// <c>export &lt;deadline id&gt; --format docx|csv --out &lt;file&gt; [--today yyyy-mm-dd]</c>: writes the compilation of
/// a deadline's submitted comments from the comment store. An unknown deadline is named, exit code 1, no file written.
/// </summary>
public static class ExportCommand
{
    public static async Task<int> RunAsync(CliArguments args)
    {
        var deadlineId = args.OnePositional("deadline id");
        var format = args.Option("format") ?? "docx";
        if (!CompilationFiles.IsFormat(format))
            throw new CliUsageException($"--format is one of {string.Join(", ", CompilationFiles.Names)}, not '{format}'.");
        var output = args.Option("out") ?? throw new CliUsageException("--out <file> is required.");

        using var services = CliServices.Build(args);
        if (await services.Get<CommentService>().CompileAsync(deadlineId) is not { } compilation)
        {
            var known = await services.Get<MinutesDeadlineCatalog>().AllIdsAsync();
            await Console.Error.WriteLineAsync($"export: there is no deadline '{deadlineId}'. Deadlines in the minutes: {string.Join(", ", known)}");
            return 1;
        }

        await File.WriteAllBytesAsync(output, CompilationFiles.Write(compilation, format));
        Console.WriteLine($"Wrote {compilation.Comments.Count} comments on {compilation.Deadline.Subject} to {Path.GetFullPath(output)}.");
        return 0;
    }
}
