using WorkingParty.Minutes.Extraction;
using WorkingParty.Minutes.Model;
using WorkingParty.Minutes.Reading;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>Invented minutes text read by the default parser, for answers over what the reader makes of it.</summary>
internal static class InventedMinutes
{
    public static Meeting Read(string text, string file) =>
        MinutesParser.Default.Parse(text, file, IngestOptions.None, new DateOnly(2000, 1, 1)).Meeting!;
}
