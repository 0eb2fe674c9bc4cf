using W = DocumentFormat.OpenXml.Wordprocessing;

namespace WorkingParty.Minutes.Reading.Docx;

/// <summary>One level of a Word list: its start value, number format, label pattern ("%1.", "%2)") and restart rule.</summary>
/// <param name="RestartAfter">The 1-based level whose use restarts this one (0: never); null: any higher level.</param>
internal sealed record ListLevel(int Start, W.NumberFormatValues Format, string Text, int? RestartAfter)
{
    public static ListLevel From(W.Level level) => new(
        level.StartNumberingValue?.Val?.Value ?? 0,
        level.NumberingFormat?.Val?.Value ?? W.NumberFormatValues.Decimal,
        level.LevelText?.Val?.Value ?? "",
        level.LevelRestart?.Val?.Value);

    /// <summary>Whether counting a paragraph at <paramref name="level"/> restarts this (deeper) level.</summary>
    public bool RestartsAfter(int level) => RestartAfter is null || (RestartAfter > 0 && level <= RestartAfter - 1);
}
