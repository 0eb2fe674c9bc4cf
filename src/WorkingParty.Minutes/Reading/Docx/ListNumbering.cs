using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace WorkingParty.Minutes.Reading.Docx;

/// <summary>
/// Word's automatic numbering, counted as Word counts it while the body is read in order: each list (numId) keeps
/// a counter per level that starts at the level's start value (or the list's start override), goes up by one
/// for each paragraph at that level, and restarts when a higher level is used (unless the level says otherwise).
/// A paragraph is in a list by its own numbering properties or by its style's.
/// </summary>
internal sealed class ListNumbering
{
    private const int Levels = 9;
    private const int MaxStyleDepth = 10;

    private readonly Dictionary<int, ListLevel?[]> _lists = [];
    private readonly Dictionary<int, int?[]> _counters = [];
    private readonly Dictionary<string, W.Style> _styles;

    public ListNumbering(MainDocumentPart main)
    {
        _styles = (main.StyleDefinitionsPart?.Styles?.Elements<W.Style>() ?? [])
            .Where(s => s.StyleId?.Value is not null)
            .GroupBy(s => s.StyleId!.Value!)
            .ToDictionary(g => g.Key, g => g.First());

        var numbering = main.NumberingDefinitionsPart?.Numbering;
        if (numbering is null)
        {
            return;
        }

        var abstracts = numbering.Elements<W.AbstractNum>()
            .Where(a => a.AbstractNumberId?.Value is not null)
            .GroupBy(a => a.AbstractNumberId!.Value)
            .ToDictionary(g => g.Key, g => g.First());
        foreach (var list in numbering.Elements<W.NumberingInstance>())
        {
            if (list.NumberID?.Value is { } id && list.AbstractNumId?.Val?.Value is { } abstractId && abstracts.TryGetValue(abstractId, out var definition))
            {
                _lists[id] = LevelsOf(definition, list);
            }
        }
    }

    /// <summary>Counts the paragraph if it is in a list and returns the label Word draws before it ("1.", "a)", "•"), else null.</summary>
    public string? Count(W.Paragraph paragraph)
    {
        var (id, level) = ListOf(paragraph);
        if (id is not { } listId || !_lists.TryGetValue(listId, out var levels) || level is < 0 or >= Levels || levels[level] is null)
        {
            return null;
        }

        if (!_counters.TryGetValue(listId, out var counters))
        {
            _counters[listId] = counters = new int?[Levels];
        }

        counters[level] = counters[level] is { } current ? current + 1 : levels[level]!.Start;
        for (var deeper = level + 1; deeper < Levels; deeper++)
        {
            if (levels[deeper]?.RestartsAfter(level) != false)
            {
                counters[deeper] = null;
            }
        }

        return ListLabel.Write(levels, level, counters);
    }

    private static ListLevel?[] LevelsOf(W.AbstractNum definition, W.NumberingInstance list)
    {
        var levels = new ListLevel?[Levels];
        foreach (var level in definition.Elements<W.Level>())
        {
            if (level.LevelIndex?.Value is { } index and >= 0 and < Levels)
            {
                levels[index] = ListLevel.From(level);
            }
        }

        foreach (var over in list.Elements<W.LevelOverride>())
        {
            if (over.LevelIndex?.Value is not { } index || index is < 0 or >= Levels)
            {
                continue;
            }

            if (over.Level is { } replaced)
            {
                levels[index] = ListLevel.From(replaced);
            }

            if (over.StartOverrideNumberingValue?.Val?.Value is { } start && levels[index] is { } overridden)
            {
                levels[index] = overridden with { Start = start };
            }
        }

        return levels;
    }

    /// <summary>The list and level of a paragraph: its own numbering properties first, then its style's and their bases'.</summary>
    private (int? List, int Level) ListOf(W.Paragraph paragraph)
    {
        var own = paragraph.ParagraphProperties?.NumberingProperties;
        var id = own?.NumberingId?.Val?.Value;
        var level = own?.NumberingLevelReference?.Val?.Value;
        var styleId = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        for (var depth = 0; depth < MaxStyleDepth && (id is null || level is null) && styleId is not null && _styles.TryGetValue(styleId, out var style); depth++)
        {
            var inherited = style.StyleParagraphProperties?.NumberingProperties;
            id ??= inherited?.NumberingId?.Val?.Value;
            level ??= inherited?.NumberingLevelReference?.Val?.Value;
            styleId = style.BasedOn?.Val?.Value;
        }

        return (id is 0 ? null : id, level ?? 0);
    }
}
