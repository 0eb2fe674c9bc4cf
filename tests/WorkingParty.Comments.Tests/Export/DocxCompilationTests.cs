using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using WorkingParty.Comments;
using WorkingParty.Comments.Export;

namespace WorkingParty.Comments.Tests.Export;

public sealed class DocxCompilationTests : CompilationScenario
{
    private static List<(string? Style, string Text)> Paragraphs(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), isEditable: false);
        return document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>()
            .Select(p => (p.ParagraphProperties?.ParagraphStyleId?.Val?.Value, string.Concat(p.Descendants().Select(e => e switch
            {
                Text t => t.Text,
                TabChar => "\t",
                _ => "",
            }))))
            .ToList();
    }

    private Task<byte[]> ExportAsync() => ExportAsync(DocxCompilation.Write);

    [Fact]
    public async Task The_document_is_valid_open_xml()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(await ExportAsync()), isEditable: false);

        Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}"));
    }

    [Fact]
    public async Task The_title_names_the_deadline()
    {
        var paragraphs = Paragraphs(await ExportAsync());

        Assert.Equal((DocxCompilation.TitleStyle, "Written comments: written comments on doc. 7130/17"), paragraphs[0]);
        Assert.Contains(paragraphs, p => p.Text == "Deadline: 3 April 2017 (end of day, Europe/Brussels time)");
    }

    [Fact]
    public async Task There_is_one_section_per_delegation_in_protocol_order()
    {
        var paragraphs = Paragraphs(await ExportAsync());

        Assert.Equal(["CZ", "IE", "EL", "AT"], paragraphs.Where(p => p.Style == DocxCompilation.DelegationStyle).Select(p => p.Text));
    }

    [Fact]
    public async Task Each_comment_shows_author_time_late_and_unconfirmed_marks_and_document_with_its_text_literal()
    {
        var paragraphs = Paragraphs(await ExportAsync());
        var czech = paragraphs.SkipWhile(p => p.Text != "CZ").Skip(1).TakeWhile(p => p.Style != DocxCompilation.DelegationStyle).Select(p => p.Text).ToList();
        var greek = paragraphs.SkipWhile(p => p.Text != "EL").Skip(1).TakeWhile(p => p.Style != DocxCompilation.DelegationStyle).Select(p => p.Text).ToList();

        Assert.Equal(["Jana Nováková, received 2017-03-27 10:01 (delegation not confirmed by the secretariat)", "Concerning: 7130/17", "<b>Not bold</b>, **not bold** & \"quoted\"", "Second line\twith a tab"], czech);
        Assert.Equal(["Eleni Papadopoulou, received 2017-04-04 09:30 (LATE, accepted by the secretariat)", "Greece is late."], greek);
    }

    [Fact]
    public async Task Withdrawn_comments_are_left_out_and_edited_ones_show_their_latest_text()
    {
        var texts = Paragraphs(await ExportAsync()).Select(p => p.Text).ToList();

        Assert.DoesNotContain("Withdrawn text", texts);
        Assert.DoesNotContain("First thought", texts);
        Assert.Contains(FormulaText, texts);
        Assert.Contains(texts, t => t.StartsWith("(Edited; this is version 2", StringComparison.Ordinal));
    }
}
