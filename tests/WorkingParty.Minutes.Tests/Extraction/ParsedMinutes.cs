using WorkingParty.Minutes.Extraction;
using WorkingParty.Minutes.Model;
using WorkingParty.Minutes.Reading;

namespace WorkingParty.Minutes.Tests.Extraction;

/// <summary>Invented minutes text read by the default parser, for tests that check what the reader makes of it.</summary>
internal static class ParsedMinutes
{
    public static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    public static MinutesParseResult Parse(string text, string file = "minutes.txt") =>
        MinutesParser.Default.Parse(text, file, IngestOptions.None, new DateOnly(2000, 1, 1));

    /// <summary>The meeting read from the text; fails the test, with the reason, when the text is refused.</summary>
    public static Meeting Read(string text, string file = "minutes.txt")
    {
        var result = Parse(text, file);
        return result.Meeting ?? throw new Xunit.Sdk.XunitException($"refused: {result.Rejection}");
    }
}
