using WorkingParty.Cards.AdaptiveCards;

namespace WorkingParty.Cards.Tests.Samples;

/// <summary>
/// <c>dotnet run --project tests/WorkingParty.Cards.Tests -- &lt;folder&gt;</c> writes every sample card as
/// &lt;kind&gt;.json (and its text twin as &lt;kind&gt;.txt) for tests/tools/render-cards.mjs.
/// </summary>
public static class WriteSamplesProgram
{
    public static int Main(string[] args)
    {
        if (args.Length != 1)
        {
            Console.Error.WriteLine("usage: dotnet run --project tests/WorkingParty.Cards.Tests -- <folder>");
            return 2;
        }
        var written = Write(args[0]);
        Console.WriteLine($"{written} cards written to {Path.GetFullPath(args[0])}");
        return 0;
    }

    public static int Write(string folder)
    {
        Directory.CreateDirectory(folder);
        var samples = SampleCards.All();
        foreach (var sample in samples)
        {
            File.WriteAllText(Path.Combine(folder, $"{sample.Kind}.json"), CardJson.Serialize(sample.Card));
            File.WriteAllText(Path.Combine(folder, $"{sample.Kind}.txt"), sample.Text);
        }
        return samples.Count;
    }
}
