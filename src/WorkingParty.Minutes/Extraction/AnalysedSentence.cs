using WorkingParty.Minutes.Recognition;

namespace WorkingParty.Minutes.Extraction;

/// <summary>
/// One sentence with everything the recognisers found in it. <see cref="Masked"/> is the sentence with each date
/// replaced by its token, which the cue and deadline patterns read. A title is analysed for dates and documents only.
/// </summary>
public sealed record AnalysedSentence(
    int Item,
    string Text,
    string Masked,
    IReadOnlyList<DateMention> Dates,
    IReadOnlyList<string> Speakers,
    IReadOnlyList<string> Documents,
    IReadOnlyList<DeadlineMention> Deadlines,
    bool IsTitle)
{
    public DateToken TokenOf(int dateIndex)
    {
        var token = Definitions.PatternTemplate.DateToken(dateIndex);
        var start = Masked.IndexOf(token, StringComparison.Ordinal);
        return new DateToken(start, start + token.Length);
    }

    /// <summary>A piece of masked text with its date tokens written back as in the sentence.</summary>
    public string Unmask(string masked)
    {
        for (var i = 0; i < Dates.Count; i++)
        {
            masked = masked.Replace(Definitions.PatternTemplate.DateToken(i), Text.Substring(Dates[i].Index, Dates[i].Length), StringComparison.Ordinal);
        }

        return masked;
    }
}
