using System.Text;
using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace WorkingParty.Minutes.Reading.Docx;

/// <summary>
/// Writes a Word body in the "lines" shape, in body order: each paragraph with its list label ("1. Title"), a blank
/// line after it; tables row by row, a row whose first cell is a header label written "From: value" (a value of
/// several paragraphs goes on the following lines; one wrapped into rows whose label cell is empty goes on the line), any other row cell
/// paragraph by cell paragraph; the paragraphs of content controls where they stand.
/// </summary>
internal sealed class DocxBodyWriter(ListNumbering numbering)
{
    private readonly StringBuilder _text = new();

    /// <summary>The ids of the footnotes the body refers to, in the order it does.</summary>
    public List<long> FootnoteReferences { get; } = [];

    public string Text => _text.ToString();

    public void Write(OpenXmlElement container)
    {
        foreach (var element in container.ChildElements)
        {
            switch (element)
            {
                case W.Paragraph paragraph:
                    Add(Line(paragraph));
                    break;
                case W.Table table:
                    WriteRows(table);
                    break;
                default:
                    Write(element);
                    break;
            }
        }
    }

    private void WriteRows(W.Table table)
    {
        string? field = null;
        foreach (var row in table.Elements<W.TableRow>())
        {
            var cells = row.Elements<W.TableCell>()
                .Select(cell => cell.Descendants<W.Paragraph>().Select(Line).Where(l => l.Length > 0).ToList())
                .ToList();
            var filled = cells.Where(lines => lines.Count > 0).ToList();
            if (filled.Count >= 2 && filled[0] is [var label] && HeaderLabel.IsLabel(label))
            {
                Add(field ?? "");
                field = $"{label} {string.Join('\n', filled.Skip(1).SelectMany(lines => lines))}";
            }
            else if (field is not null && cells is [[], ..] && filled.Count > 0)
            {
                // A value wrapped into the next row, its label cell left empty, goes on the same line as the label row above.
                field += $" {string.Join(' ', filled.SelectMany(lines => lines))}";
            }
            else
            {
                Add(field ?? "");
                field = null;
                filled.SelectMany(lines => lines).ToList().ForEach(Add);
            }
        }

        Add(field ?? "");
    }

    private string Line(W.Paragraph paragraph)
    {
        var label = numbering.Count(paragraph);
        var text = ParagraphText.Read(paragraph, FootnoteReferences).Trim();
        return label is null || text.Length == 0 ? text : $"{label} {text}";
    }

    private void Add(string paragraph)
    {
        if (paragraph.Length > 0)
        {
            _text.Append(paragraph).Append("\n\n");
        }
    }
}
