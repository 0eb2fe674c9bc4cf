using DocumentFormat.OpenXml.Wordprocessing;
using MinutesWriter.Markup;

namespace MinutesWriter.Docx;

/// <summary>
/// Word's automatic numbering for <c>!autonumber</c> lines: one list definition, level 0 "%1." decimal, level 1 "%2)"
/// lowerLetter. Word counts on its own; where the source's number is not the one Word would draw next (a first page
/// that starts at item 4, a skipped number), a new list instance starts at the source's number.
/// </summary>
internal sealed class DocxNumbering(Action<string> warn)
{
    private const int AbstractId = 0;
    private readonly List<int> starts = [];
    private int nextNumber = 1;
    private int nextLetter = 1;

    public bool Any => starts.Count > 0;

    /// <summary>The paragraph properties of a list line.</summary>
    public ParagraphProperties Properties(ListMark mark, int line)
    {
        if (mark.Level == 0)
        {
            if (starts.Count == 0 || mark.Ordinal != nextNumber)
                starts.Add(mark.Ordinal);
            nextNumber = mark.Ordinal + 1;
            nextLetter = 1;
        }
        else
        {
            if (starts.Count == 0)
                starts.Add(1);
            if (mark.Ordinal != nextLetter)
                warn($"line {line}: Word letters sub-items in order, so '{mark.Label}' shows as {(char)('a' + nextLetter - 1)})");
            nextLetter++;
        }

        return new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = mark.Level }, new NumberingId { Val = starts.Count }));
    }

    public Numbering Build() => new(
        [new AbstractNum(
            new MultiLevelType { Val = MultiLevelValues.HybridMultilevel },
            Level(0, NumberFormatValues.Decimal, "%1."),
            Level(1, NumberFormatValues.LowerLetter, "%2)")) { AbstractNumberId = AbstractId },
         .. starts.Select((start, i) => new NumberingInstance(
             new AbstractNumId { Val = AbstractId },
             new LevelOverride(new StartOverrideNumberingValue { Val = start }) { LevelIndex = 0 }) { NumberID = i + 1 })]);

    private static Level Level(int index, NumberFormatValues format, string text) => new(
        new StartNumberingValue { Val = 1 },
        new NumberingFormat { Val = format },
        new LevelText { Val = text },
        new LevelJustification { Val = LevelJustificationValues.Left },
        new PreviousParagraphProperties(new Indentation
        {
            Left = ((index + 1) * DocxLayout.ListHang).ToString(System.Globalization.CultureInfo.InvariantCulture),
            Hanging = DocxLayout.ListHang.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }))
    { LevelIndex = index };
}
