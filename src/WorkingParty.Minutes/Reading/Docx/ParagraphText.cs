using System.Text;
using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace WorkingParty.Minutes.Reading.Docx;

/// <summary>
/// The text of a Word paragraph as it reads: tabs as spaces, line breaks kept, page and column breaks dropped,
/// deleted text and field codes left out, the paragraphs of a text box on lines of their own, a drawing's fallback
/// copy not read twice. Footnote references are left out of the text and reported by id.
/// </summary>
internal static class ParagraphText
{
    public static string Read(OpenXmlElement paragraph, List<long> footnoteReferences)
    {
        var text = new StringBuilder();
        Walk(paragraph, text, footnoteReferences);
        return text.ToString();
    }

    private static void Walk(OpenXmlElement element, StringBuilder text, List<long> footnoteReferences)
    {
        foreach (var child in element.ChildElements)
        {
            switch (child)
            {
                case W.Text t:
                    text.Append(t.Text);
                    break;
                case W.TabChar or W.PositionalTab:
                    text.Append(' ');
                    break;
                case W.Break b:
                    if (b.Type?.Value != W.BreakValues.Page && b.Type?.Value != W.BreakValues.Column)
                    {
                        text.Append('\n');
                    }

                    break;
                case W.CarriageReturn:
                    text.Append('\n');
                    break;
                case W.NoBreakHyphen:
                    text.Append('-');
                    break;
                case W.FootnoteReference reference:
                    if (reference.Id?.Value is { } id)
                    {
                        footnoteReferences.Add(id);
                    }

                    break;
                case W.Paragraph inTextBox:
                    text.Append('\n');
                    Walk(inTextBox, text, footnoteReferences);
                    text.Append('\n');
                    break;
                case AlternateContentFallback or W.ParagraphProperties or W.RunProperties or W.DeletedRun:
                    break;
                default:
                    Walk(child, text, footnoteReferences);
                    break;
            }
        }
    }
}
