using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace WorkingParty.Minutes.Tests.Reading;

/// <summary>
/// Builds Word minutes as the secretariat's template makes them: automatic list numbering (list 1: "1." at level 0,
/// "a)" at level 1, bullets at level 2; list 2: the same definition restarted at 5; the "Item" style numbered by list 1),
/// tables, footnotes ("^1" in a paragraph's text refers to footnote 1), a header and a footer with page furniture.
/// </summary>
public sealed partial class WordMinutes
{
    public const int Items = 1;
    public const int ItemsFromFive = 2;
    public const string ItemStyle = "Item";

    private readonly W.Body _body = new();
    private readonly Dictionary<int, string> _notes = [];

    public WordMinutes Paragraph(string text) => Add(Para(text));

    /// <summary>A paragraph in list <paramref name="list"/> at <paramref name="level"/>: Word draws its number.</summary>
    public WordMinutes Listed(string text, int level = 0, int list = Items) =>
        Add(Para(text, new W.ParagraphProperties(new W.NumberingProperties(
            new W.NumberingLevelReference { Val = level }, new W.NumberingId { Val = list }))));

    public WordMinutes Styled(string text, string style = ItemStyle) =>
        Add(Para(text, new W.ParagraphProperties(new W.ParagraphStyleId { Val = style })));

    /// <summary>A paragraph whose runs are given apart: "\t" a tab, "\n" a line break, "\f" a page break.</summary>
    public WordMinutes Runs(params string[] runs) => Add(new W.Paragraph(runs.Select(Run)));

    /// <summary>A paragraph holding a text box (VML, as Word's letterheads have) with the given paragraphs.</summary>
    public WordMinutes TextBox(params string[] paragraphs) =>
        Add(new W.Paragraph(new W.Run(new W.Picture(new DocumentFormat.OpenXml.Vml.Shape(
            new DocumentFormat.OpenXml.Vml.TextBox(new W.TextBoxContent(paragraphs.Select(p => Para(p)))))))));

    public WordMinutes Table(params string[][] rows) =>
        Add(new W.Table(rows.Select(cells => new W.TableRow(cells.Select(cell =>
            new W.TableCell(cell.Split('\n').Select(p => Para(p))))))));

    public WordMinutes Footnote(int id, string text)
    {
        _notes[id] = text;
        return this;
    }

    public byte[] Build()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = Numbering();
            main.AddNewPart<StyleDefinitionsPart>().Styles = new W.Styles(new W.Style(
                new W.StyleName { Val = "Item" },
                new W.StyleParagraphProperties(new W.NumberingProperties(new W.NumberingId { Val = Items })))
            { Type = W.StyleValues.Paragraph, StyleId = ItemStyle });
            var footnotes = new W.Footnotes(
                new W.Footnote(Para("")) { Type = W.FootnoteEndnoteValues.Separator, Id = -1 },
                new W.Footnote(Para("")) { Type = W.FootnoteEndnoteValues.ContinuationSeparator, Id = 0 });
            foreach (var (id, text) in _notes)
            {
                footnotes.Append(new W.Footnote(new W.Paragraph(new W.Run(new W.FootnoteReferenceMark()), Run(" " + text))) { Id = id });
            }

            main.AddNewPart<FootnotesPart>().Footnotes = footnotes;

            var header = main.AddNewPart<HeaderPart>();
            header.Header = new W.Header(Para("7412/24 LIMITE"));
            var footer = main.AddNewPart<FooterPart>();
            footer.Footer = new W.Footer(Para("7412/24 KM/ab 1 ECOFIN.2.B LIMITE EN"));
            _body.Append(new W.SectionProperties(
                new W.HeaderReference { Type = W.HeaderFooterValues.Default, Id = main.GetIdOfPart(header) },
                new W.FooterReference { Type = W.HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) }));
            main.Document = new W.Document(_body);
        }

        return stream.ToArray();
    }

    private WordMinutes Add(OpenXmlElement element)
    {
        _body.Append(element);
        return this;
    }

    private static W.Numbering Numbering() => new(
        new W.AbstractNum(
            Level(0, W.NumberFormatValues.Decimal, "%1."),
            Level(1, W.NumberFormatValues.LowerLetter, "%2)"),
            Level(2, W.NumberFormatValues.Bullet, "•"))
        { AbstractNumberId = 10 },
        new W.NumberingInstance(new W.AbstractNumId { Val = 10 }) { NumberID = Items },
        new W.NumberingInstance(new W.AbstractNumId { Val = 10 },
            new W.LevelOverride(new W.StartOverrideNumberingValue { Val = 5 }) { LevelIndex = 0 })
        { NumberID = ItemsFromFive });

    private static W.Level Level(int index, W.NumberFormatValues format, string text) =>
        new(new W.StartNumberingValue { Val = 1 }, new W.NumberingFormat { Val = format }, new W.LevelText { Val = text })
        { LevelIndex = index };

    /// <summary>A paragraph of one run, with "^N" turned into a reference to footnote N.</summary>
    private static W.Paragraph Para(string text, W.ParagraphProperties? properties = null)
    {
        var paragraph = new W.Paragraph();
        if (properties is not null)
        {
            paragraph.Append(properties);
        }

        var at = 0;
        foreach (Match marker in Marker().Matches(text))
        {
            paragraph.Append(Run(text[at..marker.Index]),
                new W.Run(new W.RunProperties(new W.VerticalTextAlignment { Val = W.VerticalPositionValues.Superscript }),
                    new W.FootnoteReference { Id = long.Parse(marker.Groups["id"].Value, System.Globalization.CultureInfo.InvariantCulture) }));
            at = marker.Index + marker.Length;
        }

        paragraph.Append(Run(text[at..]));
        return paragraph;
    }

    private static W.Run Run(string text) => text switch
    {
        "\t" => new W.Run(new W.TabChar()),
        "\n" => new W.Run(new W.Break()),
        "\f" => new W.Run(new W.Break { Type = W.BreakValues.Page }),
        _ => new W.Run(new W.Text(text) { Space = SpaceProcessingModeValues.Preserve }),
    };

    [GeneratedRegex(@"\^(?<id>\d+)")]
    private static partial Regex Marker();
}
