using WorkingParty.Minutes.Model;
using WorkingParty.Minutes.Reading;
using WorkingParty.Minutes.Storage;
using WorkingParty.Minutes.Tests.Samples;
using WorkingParty.Testing.Corpus.Layout;

namespace WorkingParty.Minutes.Tests.Reading;

public sealed class MinutesReaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("minutes-reader-").FullName;
    private readonly MinutesReader _reader = new();

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task A_pdf_of_the_seed_gives_the_same_record_as_its_text()
    {
        var fromText = await _reader.ReadAsync(SampleMinutes.PathOf(SampleMinutes.Seed), IngestOptions.None);
        var pdf = Write("minutes-hwp-cyber-2017-03.pdf", TestDocuments.PdfFromExtractedText(SampleMinutes.Text(SampleMinutes.Seed)));

        var fromPdf = await _reader.ReadAsync(pdf, IngestOptions.None);

        Assert.Equal(11, fromPdf.Items.Count);
        Assert.Equal(Comparable(fromText), Comparable(fromPdf));
    }

    [Fact]
    public async Task A_word_document_of_the_seed_gives_the_same_record_as_its_text()
    {
        var fromText = await _reader.ReadAsync(SampleMinutes.PathOf(SampleMinutes.Seed), IngestOptions.None);
        var docx = Write("minutes-hwp-cyber-2017-03.docx", TestDocuments.DocxFromMeeting(fromText, []));

        var fromDocx = await _reader.ReadAsync(docx, IngestOptions.None);

        Assert.Equal(Comparable(fromText), Comparable(fromDocx));
    }

    [Fact]
    public async Task A_pdf_in_the_council_layout_gives_its_numbered_items_and_its_footnotes()
    {
        var pdf = Write("7412-24.pdf", CouncilMinutesPdf.Build());

        var meeting = await _reader.ReadAsync(pdf, IngestOptions.None);

        Assert.Equal(
        [
            (1, "Adoption of the agenda"),
            (2, "Information from the Presidency"),
            (3, "European statistical programme 2025-2027: proposal for a regulation amending the programme and its financing"),
            (4, "AOB"),
        ], meeting.Items.Select(i => (i.Number, i.Title)));
        Assert.Equal([new Footnote("1", CouncilMinutesPdf.Footnote)], meeting.Footnotes);
    }

    [Fact]
    public async Task Thirty_printed_pages_read_back_every_item_paragraph_and_footnote_printed_in_them()
    {
        var printed = CouncilPdfMinutes.Print(pages: 30);
        var pdf = Write("9120-18.pdf", printed.Pdf);

        var meeting = await _reader.ReadAsync(pdf, IngestOptions.None);

        Assert.Equal(30, printed.Pages);
        Assert.Equal(printed.Items.Select(i => (i.Number, i.Title)), meeting.Items.Select(i => (i.Number, i.Title)));
        Assert.Equal(printed.Items.Select(i => string.Join("\n", i.Paragraphs)), meeting.Items.Select(i => string.Join("\n", i.Paragraphs.Select(p => p.Text))));
        Assert.Equal(printed.Footnotes, meeting.Footnotes.Select(f => f.Text));
        Assert.Equal(Enumerable.Range(1, printed.Footnotes.Count).Select(n => $"{n}"), meeting.Footnotes.Select(f => f.Marker));
    }

    [Fact]
    public async Task A_word_document_with_automatic_numbering_and_a_header_table_gives_its_numbered_items_and_its_footnotes()
    {
        var docx = Write("7412-24.docx", new WordMinutes()
            .Table(["Council of the European Union", "Brussels, 14 March 2024\n(OR. en)"])
            .Table(["From:", "General Secretariat of the Council"], ["On:", "5 March 2024"], ["Subject:", "Working Party on Statistics"])
            .Listed("Adoption of the agenda")
            .Paragraph("The agenda was adopted.")
            .Listed("Information from the Presidency")
            .Listed("Work programme", level: 1)
            .Footnote(1, "WK 3310/2024.")
            .Paragraph("The Presidency presented its work programme^1.")
            .Listed("AOB")
            .Paragraph("No points were raised.")
            .Build());

        var meeting = await _reader.ReadAsync(docx, IngestOptions.None);

        Assert.Equal([(1, "Adoption of the agenda"), (2, "Information from the Presidency"), (3, "AOB")], meeting.Items.Select(i => (i.Number, i.Title)));
        Assert.Equal([new Footnote("1", "WK 3310/2024.")], meeting.Footnotes);
    }

    [Fact]
    public async Task A_word_heading_dates_the_meeting_by_its_on_field_never_by_its_issue_date_and_names_the_body()
    {
        var seed = SampleMinutes.Parse(SampleMinutes.Seed);
        var docx = Write("minutes.docx", TestDocuments.DocxFromMeeting(seed,
            ["Brussels, 22 March 2017", "OUTCOME OF PROCEEDINGS", "On: 14 March 2017",
                "Subject: Outcome of the meeting of the Horizontal Working Party on Cyber Issues"]));

        var meeting = await _reader.ReadAsync(docx, IngestOptions.None);

        Assert.Equal((new DateOnly(2017, 3, 14), false), (meeting.Date, meeting.DateInferred));
        Assert.Equal((new DateOnly(2017, 3, 22), MeetingDateSource.OnField), (meeting.Header.IssueDate, meeting.Header.DateSource));
        Assert.Equal("2017-03-14-hwp-cyber-issues", meeting.Id);
        Assert.Equal("Outcome of the meeting of the Horizontal Working Party on Cyber Issues", meeting.Title);
    }

    [Fact]
    public async Task What_the_uploader_states_wins_over_the_document()
    {
        var meeting = await _reader.ReadAsync(SampleMinutes.PathOf(SampleMinutes.Seed), new IngestOptions(new DateOnly(2017, 3, 16), "HWP on Cyber Issues"));

        Assert.Equal((new DateOnly(2017, 3, 16), false), (meeting.Date, meeting.DateInferred));
        Assert.Equal("Horizontal Working Party on Cyber Issues", meeting.Body);
    }

    [Fact]
    public async Task A_leading_date_in_the_file_name_dates_the_meeting()
    {
        var file = Write("2017-03-15 hwp minutes.txt", File.ReadAllBytes(SampleMinutes.PathOf(SampleMinutes.Seed)));

        var meeting = await _reader.ReadAsync(file, IngestOptions.None);

        Assert.Equal((new DateOnly(2017, 3, 15), false), (meeting.Date, meeting.DateInferred));
    }

    [Theory]
    [InlineData("empty.txt", "", RejectionReason.Empty)]
    [InlineData("blank.txt", "  \n\n \n", RejectionReason.Empty)]
    [InlineData("letter.txt", "Dear colleagues,\n\nplease find attached the agenda.\n", RejectionReason.NotMinutes)]
    [InlineData("recipe.txt", "Apple crumble\n\n1. Preheat the oven to 180 degrees.\n\n2. Slice the apples and add sugar.\n\n3. Bake for 40 minutes.\n", RejectionReason.NotMinutes)]
    [InlineData("invoice.txt", "INVOICE No 2024-117\n\n1. Translation services, 12 pages: EUR 480.00\n\n2. Proofreading: EUR 120.00\n\nTotal due by 30 June 2024: EUR 600.00\n", RejectionReason.NotMinutes)]
    [InlineData("minutes.pdf", "this is not a PDF", RejectionReason.Unreadable)]
    [InlineData("minutes.docx", "this is not a Word document", RejectionReason.Unreadable)]
    [InlineData("minutes.odt", "1. Adoption of the agenda", RejectionReason.UnsupportedType)]
    public async Task Rejects_what_is_not_minutes_naming_the_file_and_reason(string name, string content, RejectionReason reason)
    {
        var file = Write(name, System.Text.Encoding.UTF8.GetBytes(content));

        var rejected = await Assert.ThrowsAsync<MinutesRejectedException>(() => _reader.ReadAsync(file, IngestOptions.None));

        Assert.Equal(reason, rejected.Reason);
        Assert.StartsWith(name + ": ", rejected.Message);
    }

    [Fact]
    public async Task Rejects_binary_content_in_a_text_file_and_a_missing_file()
    {
        var binary = Write("binary.txt", [0x31, 0x2E, 0x20, 0x41, 0x00, 0xFF, 0xFE]);
        Assert.Equal(RejectionReason.Unreadable,
            (await Assert.ThrowsAsync<MinutesRejectedException>(() => _reader.ReadAsync(binary, IngestOptions.None))).Reason);
        Assert.Equal(RejectionReason.Unreadable,
            (await Assert.ThrowsAsync<MinutesRejectedException>(() => _reader.ReadAsync(Path.Combine(_folder, "gone.txt"), IngestOptions.None))).Reason);
    }

    private static string Comparable(Meeting meeting) => MeetingJson.Serialize(meeting with { SourceFile = "", SourceDigest = null });

    private string Write(string name, byte[] content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, content);
        return path;
    }
}
