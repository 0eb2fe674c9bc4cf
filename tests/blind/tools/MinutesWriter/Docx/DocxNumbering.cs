using DocumentFormat.OpenXml.Wordprocessing;
using MinutesWriter.Markup;

namespace MinutesWriter.Docx;

/// <summary>
/// Word's automatic numbering for <c>!autonumber</c> lines: one list definition, level 0 "%1." decimal, level 1 "%2)"
/// lowerLetter. Word counts on its own; where the source's number or letter is not the one Word would draw next (a
/// first page that starts at item 4, sub-items lettered afresh under a heading that is not a list line), a new list
/// instance starts at the source's values.
/// </summary>
internal sealed class DocxNumbering(Action<string> warn)
{
    private const int AbstractId = 0;
    private readonly List<(int Number, int Letter)> _starts = [];
    private int _nextNumber = 1;
    private int _nextLetter = 1;

    public bool Any => _starts.Count > 0;

    /// <summary>The paragraph properties of a list line.</summary>
    public ParagraphProperties Properties(ListMark mark, int line)
    {
        var expected = mark.Level == 0 ? _nextNumber : _nextLetter;
        if (_starts.Count == 0 || mark.Ordinal != expected)
        {
            _starts.Add(mark.Level == 0 ? (mark.Ordinal, 1) : (_nextNumber, mark.Ordinal));
            if (mark.Level == 1 && mark.Ordinal != 1)
                warn($"line {line}: sub-items start at '{mark.Label}'; later sub-item lists of this instance start there too");
        }

        (_nextNumber, _nextLetter) = mark.Level == 0 ? (mark.Ordinal + 1, 1) : (_nextNumber, mark.Ordinal + 1);
        return new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = mark.Level }, new NumberingId { Val = _starts.Count }));
    }

    public Numbering Build() => new(
        [new AbstractNum(
            new MultiLevelType { Val = MultiLevelValues.HybridMultilevel },
            Level(0, NumberFormatValues.Decimal, "%1."),
            Level(1, NumberFormatValues.LowerLetter, "%2)")) { AbstractNumberId = AbstractId },
         .. _starts.Select((start, i) => new NumberingInstance(
             new AbstractNumId { Val = AbstractId },
             new LevelOverride(new StartOverrideNumberingValue { Val = start.Number }) { LevelIndex = 0 },
             new LevelOverride(new StartOverrideNumberingValue { Val = start.Letter }) { LevelIndex = 1 }) { NumberID = i + 1 })]);

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
