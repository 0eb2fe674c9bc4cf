using WorkingParty.Minutes.Recognition;

namespace WorkingParty.Minutes.Extraction;

/// <summary>
/// The sentences that stand under a heading announcing our meeting dates: an item or sub-item titled "Calendar" or
/// "Next meetings", or a heading paragraph of that kind inside an item, up to the next heading-like paragraph.
/// Their dates carry no cue of their own ("22 May 2025 (videoconference)").
/// </summary>
public static class CalendarScope
{
    private const int MaxHeadingLength = 60;

    public static IReadOnlySet<AnalysedSentence> Of(AnalysedItem item, CueSet cues)
    {
        var scope = new HashSet<AnalysedSentence>(ReferenceEqualityComparer.Instance);
        var titled = item.SubItems.Where(s => cues.IsCalendarTitle(s.Title)).Select(s => s.Label).ToHashSet();
        var wholeItem = cues.IsCalendarTitle(item.Title);
        var underHeading = false;
        foreach (var paragraph in item.Paragraphs)
        {
            var text = string.Join(' ', paragraph.Sentences.Select(s => s.Text));
            if (cues.IsCalendarHeading(text))
            {
                underHeading = true;
                continue;
            }

            if (IsHeading(paragraph))
            {
                underHeading = false;
            }

            if (underHeading || wholeItem || paragraph.SubItem is { } label && titled.Contains(label))
            {
                scope.UnionWith(paragraph.Sentences);
            }
        }

        return scope;
    }

    /// <summary>A short line with no date and no final stop: the heading of what follows ("Info point").</summary>
    private static bool IsHeading(AnalysedParagraph paragraph) =>
        paragraph.Sentences is [{ Dates.Count: 0 } only] && only.Text.Length <= MaxHeadingLength && !only.Text.TrimEnd().EndsWith('.');
}
