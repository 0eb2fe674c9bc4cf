using WorkingParty.Minutes.Model;
using WorkingParty.Minutes.Reading;

namespace WorkingParty.Minutes.Tests.Reading;

public sealed class DocxTextExtractorTests
{
    [Fact]
    public void Automatic_numbering_is_written_as_word_draws_it()
    {
        var docx = new WordMinutes()
            .Listed("Adoption of the agenda")
            .Listed("Information from the Presidency")
            .Listed("Work programme", level: 1)
            .Listed("Quality reporting", level: 1)
            .Listed("the first point", level: 2)
            .Paragraph("Eurostat presented the state of play.")
            .Listed("European statistical programme")
            .Listed("Proposal for a regulation", level: 1)
            .Build();

        Assert.Equal("1. Adoption of the agenda\n\n2. Information from the Presidency\n\na) Work programme\n\nb) Quality reporting\n\n"
            + "• the first point\n\nEurostat presented the state of play.\n\n3. European statistical programme\n\na) Proposal for a regulation\n\n",
            Extract(docx).Text);
    }

    [Fact]
    public void A_list_restarted_at_a_start_value_and_a_style_that_numbers_are_honoured()
    {
        var docx = new WordMinutes()
            .Styled("Adoption of the agenda")
            .Styled("Information from the Presidency")
            .Listed("Annex item", list: WordMinutes.ItemsFromFive)
            .Listed("Another annex item", list: WordMinutes.ItemsFromFive)
            .Styled("AOB")
            .Build();

        Assert.Equal("1. Adoption of the agenda\n\n2. Information from the Presidency\n\n5. Annex item\n\n6. Another annex item\n\n3. AOB\n\n",
            Extract(docx).Text);
    }

    [Fact]
    public void A_header_table_gives_label_value_lines_and_other_tables_read_cell_by_cell()
    {
        var docx = new WordMinutes()
            .Table(["Council of the European Union", "Brussels, 14 March 2024\n(OR. en)"])
            .Table(["From:", "General Secretariat of the Council"], ["On:", "5 March 2024"], ["To:", "Delegations"],
                ["Subject:", "Summary of discussions of the Working Party on Statistics\nheld on 5 March 2024"])
            .Build();

        Assert.Equal("Council of the European Union\n\nBrussels, 14 March 2024\n\n(OR. en)\n\n"
            + "From: General Secretariat of the Council\n\nOn: 5 March 2024\n\nTo: Delegations\n\n"
            + "Subject: Summary of discussions of the Working Party on Statistics\nheld on 5 March 2024\n\n", Extract(docx).Text);
    }

    [Fact]
    public void A_header_row_with_an_empty_label_goes_on_the_line_of_the_value_above()
    {
        var docx = new WordMinutes()
            .Table(["From:", "General Secretariat of the Council"], ["To:", "Working Party on Plant Reproductive Material"],
                ["Subject:", "Summary of the videoconference of the Working Party on Plant Reproductive"], ["", "Material held on 8 June 2027"])
            .Build();

        Assert.Equal("From: General Secretariat of the Council\n\nTo: Working Party on Plant Reproductive Material\n\n"
            + "Subject: Summary of the videoconference of the Working Party on Plant Reproductive Material held on 8 June 2027\n\n",
            Extract(docx).Text);
    }

    [Fact]
    public void Footnotes_come_apart_numbered_in_the_order_the_text_refers_to_them()
    {
        var docx = new WordMinutes()
            .Footnote(7, "WK 3310/2024.")
            .Footnote(3, "Doc. 14856/23 REV 1.")
            .Paragraph("The Presidency presented its programme^3 and its calendar^7.")
            .Build();

        var extracted = Extract(docx);

        Assert.Equal("The Presidency presented its programme and its calendar.\n\n", extracted.Text);
        Assert.Equal([new Footnote("1", "Doc. 14856/23 REV 1."), new Footnote("2", "WK 3310/2024.")], extracted.Footnotes);
    }

    [Fact]
    public void Tabs_are_spaces_line_breaks_stay_page_breaks_go_and_headers_and_footers_are_not_read()
    {
        var docx = new WordMinutes().Runs("1.", "\t", "Adoption of the agenda", "\f").Runs("First line", "\n", "second line").Build();

        var text = Extract(docx).Text;

        Assert.Equal("1. Adoption of the agenda\n\nFirst line\nsecond line\n\n", text);
    }

    [Fact]
    public void The_paragraphs_of_a_text_box_read_on_lines_of_their_own()
    {
        var docx = new WordMinutes().TextBox("Council of the", "European Union").Paragraph("Brussels, 14 March 2024").Build();

        Assert.Equal("Council of the\n\nEuropean Union\n\nBrussels, 14 March 2024\n\n", Extract(docx).Text);
    }

    [Fact]
    public void What_is_not_a_word_document_is_unreadable()
    {
        Assert.Throws<UnreadableFileException>(() => Extract("PK this is not a Word document"u8.ToArray()));
    }

    private static ExtractedText Extract(byte[] docx) => new DocxTextExtractor().Extract(new MemoryStream(docx));
}
