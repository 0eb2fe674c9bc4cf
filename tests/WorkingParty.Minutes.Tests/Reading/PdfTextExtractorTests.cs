using WorkingParty.Minutes.Model;
using WorkingParty.Minutes.Reading;
using WorkingParty.Testing.Corpus.Layout;

namespace WorkingParty.Minutes.Tests.Reading;

public sealed class PdfTextExtractorTests
{
    private static readonly ExtractedText Minutes = Extract(CouncilMinutesPdf.Build());

    [Fact]
    public void Header_rows_in_two_columns_become_label_value_lines_and_a_wrapped_value_stays_with_its_label()
    {
        Assert.Contains("\n\nFrom: General Secretariat of the Council\n\nOn: 5 March 2024\n\nTo: Delegations\n\n", Minutes.Text);
        Assert.Contains("\n\nSubject: Summary of discussions of the Working Party on Statistics held on 5\n"
            + "March 2024 in Brussels, in the Justus Lipsius building\n\n", Minutes.Text);
    }

    [Fact]
    public void The_letterhead_is_read_column_by_column()
    {
        Assert.StartsWith("Council of the\nEuropean Union\n\nBrussels, 14 March 2024\n(OR. en)\n\n7412/24\n\nLIMITE\n\nSTAT 12\nECOFIN 301\n\n"
            + "OUTCOME OF PROCEEDINGS\n\n", Minutes.Text);
    }

    [Fact]
    public void Items_and_sub_items_open_their_own_paragraphs_with_their_numbers_and_wrapped_titles()
    {
        Assert.Contains("\n\n1. Adoption of the agenda\n\nThe agenda was adopted", Minutes.Text);
        Assert.Contains("\n\n2. Information from the Presidency\n\na) Work programme of the Belgian Presidency\n\nThe Presidency", Minutes.Text);
        Assert.Contains("\n\nb) Quality reporting\n\n", Minutes.Text);
        Assert.Contains("\n\n3. European statistical programme 2025-2027: proposal for a regulation amending\nthe programme and its financing\n\n", Minutes.Text);
        Assert.Contains("\n\n4. AOB\n\nNo points were raised under this item.\n", Minutes.Text);
    }

    [Fact]
    public void Paragraphs_end_at_vertical_space_and_before_an_indented_first_line()
    {
        Assert.Contains("\n\nThe Commission presented its proposal. Delegations were invited to send written comments\nby 22 March 2024.\n\n"
            + "The Chair concluded that the Working Party would return to the proposal at its next\nmeeting.\n\n"
            + "DE and FR entered scrutiny reservations.\n\n", Minutes.Text);
    }

    [Fact]
    public void Footers_running_heads_and_page_numbers_are_dropped()
    {
        var lines = Minutes.Text.Split('\n');

        Assert.DoesNotContain(lines, l => l.Contains("KM/ab") || l.Contains("ECOFIN.2.B") || l == "EN" || l.Contains("- 2 -"));
        Assert.Single(lines, l => l.Contains("LIMITE"));
        Assert.Single(lines, l => l.Contains("7412/24"));
        Assert.EndsWith("No points were raised under this item.\n", Minutes.Text);
    }

    [Fact]
    public void Footnotes_come_apart_from_the_text_and_their_markers_leave_it()
    {
        Assert.Equal([new Footnote("1", CouncilMinutesPdf.Footnote)], Minutes.Footnotes);
        Assert.Contains("The Presidency presented its work programme and informed delegations", Minutes.Text);
        Assert.DoesNotContain("3310", Minutes.Text);
    }

    [Fact]
    public void Words_a_fraction_of_a_point_off_their_line_stay_on_it()
    {
        var jittered = Extract(CouncilMinutesPdf.Build(baselineJitter: 0.4));

        Assert.Equal(Minutes.Text, jittered.Text);
        Assert.Equal(Minutes.Footnotes, jittered.Footnotes);
    }

    [Fact]
    public void A_paragraph_that_runs_onto_the_next_page_stays_one_paragraph()
    {
        var sentences = Enumerable.Range(1, 60).Select(i => $"Delegation number {i} took the floor on the proposal.").ToList();
        var pdf = CouncilMinutesPdf.Start().Item("1.", "Adoption of the agenda").Paragraph(string.Join(' ', sentences)).Build();

        var paragraphs = Extract(pdf).Text.Split("\n\n");

        var paragraph = Assert.Single(paragraphs, p => p.StartsWith(sentences[0], StringComparison.Ordinal));
        Assert.EndsWith(sentences[^1] + "\n", paragraph);
    }

    [Fact]
    public void A_paragraph_that_ends_on_a_page_does_not_run_into_the_first_line_of_the_next()
    {
        const string first = "The Presidency opened the discussion on the draft conclusions, recalled the timetable agreed in January "
            + "and asked delegations whether the text could be submitted to Coreper before the end of the month.";
        const string second = "Delegations broadly supported the draft; several of them asked for changes to the paragraphs on funding "
            + "and on the role of the national statistical institutes in the new governance.";
        const string third = "The Chair concluded that a revised text would be circulated in the coming days.";
        var pdf = CouncilMinutesPdf.Start().Item("1.", "Draft conclusions")
            .Paragraph(first).PageBreak().Paragraph(second).PageBreak().IndentedParagraph(third).Build();

        var paragraphs = Extract(pdf).Text.Split("\n\n").Select(p => p.ReplaceLineEndings(" ").Trim()).ToList();

        Assert.Equal([first, second, third], paragraphs.TakeLast(3));
    }

    [Fact]
    public void Two_columns_are_read_left_column_first()
    {
        var pdf = CouncilMinutesPdf.Start().Item("1.", "Annex")
            .Columns("The left column holds the first part of a text printed in two columns, which is rare in minutes but happens in annexes.",
                "The right column holds the second part, which must be read after the whole of the left column.")
            .Build();

        Assert.EndsWith("\n\n1. Annex\n\nThe left column holds the first part of a\ntext printed in two columns, which is rare\nin minutes but happens in annexes.\n\n"
            + "The right column holds the second part,\nwhich must be read after the whole of the\nleft column.\n", Extract(pdf).Text);
    }

    [Fact]
    public void Bullets_open_their_own_paragraphs()
    {
        var pdf = CouncilMinutesPdf.Start().Item("1.", "Adoption of the agenda").Bullet("a first point").Bullet("a second point").Build();

        Assert.EndsWith("\n\n1. Adoption of the agenda\n\n• a first point\n\n• a second point\n", Extract(pdf).Text);
    }

    [Fact]
    public void A_footer_on_a_single_page_is_dropped_though_nothing_repeats_it()
    {
        var pdf = CouncilMinutesPdf.Start().Item("1.", "Adoption of the agenda").Paragraph("The agenda was adopted.").Build();

        var text = Extract(pdf).Text;

        Assert.EndsWith("\n\n1. Adoption of the agenda\n\nThe agenda was adopted.\n", text);
        Assert.DoesNotContain("KM/ab", text);
    }

    [Fact]
    public void A_pdf_without_text_is_unreadable_and_says_why()
    {
        var scan = Assert.Throws<UnreadableFileException>(() => Extract(new CouncilPdfBuilder().Build()));

        Assert.Contains("no text", scan.Message);
    }

    [Fact]
    public void What_is_not_a_pdf_is_unreadable()
    {
        Assert.Throws<UnreadableFileException>(() => Extract("%PDF-1.7 this is not a PDF"u8.ToArray()));
    }

    private static ExtractedText Extract(byte[] pdf) => new PdfTextExtractor().Extract(new MemoryStream(pdf));
}
