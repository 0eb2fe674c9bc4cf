using System.Text;
using WorkingParty.Comments;
using WorkingParty.Comments.Export;
using WorkingParty.Comments.Model;
using WorkingParty.Comments.Tests.Support;
using WorkingParty.Testing;

namespace WorkingParty.Comments.Tests.Export;

public sealed class CsvCompilationTests : CompilationScenario
{
    private Task<byte[]> ExportAsync() => ExportAsync(CsvCompilation.Write);

    [Fact]
    public async Task The_file_is_utf8_with_a_byte_order_mark()
    {
        var bytes = await ExportAsync();

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Contains("Nováková", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public async Task It_reads_back_one_row_per_submitted_comment_in_protocol_order()
    {
        var rows = CsvRows.Parse(Encoding.UTF8.GetString((await ExportAsync())[3..]));

        Assert.Equal(CsvCompilation.Header, rows[0]);
        Assert.Equal(["CZ", "IE", "EL", "AT"], rows.Skip(1).Select(r => r[0]));
        Assert.Equal(["CZ", "Jana Nováková", "2017-03-27 10:01", "", "7130/17", CompilationScenario.HtmlText, "1"], rows[1][..7]);
        Assert.Equal(["EL", "Eleni Papadopoulou", "2017-04-04 09:30", "late"], rows[3][..4]);
        Assert.Equal(["not confirmed", "confirmed", "confirmed", "confirmed"], rows.Skip(1).Select(r => r[^1]));
    }

    [Fact]
    public async Task Cells_a_spreadsheet_would_run_as_formulas_are_defused()
    {
        var rows = CsvRows.Parse(Encoding.UTF8.GetString((await ExportAsync())[3..]));
        var ireland = rows.Single(r => r[0] == "IE");

        Assert.Equal("'" + CompilationScenario.FormulaText, ireland[5]);
        Assert.Equal("'@Sean Murphy", ireland[1]);
        Assert.Equal("2", ireland[6]);
    }

    [Fact]
    public async Task Every_field_is_quoted()
    {
        var csv = Encoding.UTF8.GetString((await ExportAsync())[3..]);

        Assert.Equal(CsvRows.AllQuoted(CsvRows.Parse(csv)), csv);
    }

    [Fact]
    public async Task A_semicolon_in_a_comment_cannot_open_a_formula_cell_in_European_Excel()
    {
        await Scenario.SubmitAcceptedAsync("Agreed;=1+1;@SUM(A1);+1;-1", "s-semicolon", new CommentAuthor("29:be", "Marc Peeters"), "BE");

        var csv = Encoding.UTF8.GetString((await ExportAsync())[3..]);

        var cells = CsvRows.Parse(csv, delimiter: ';').SelectMany(row => row);
        Assert.All(cells, cell => Assert.False(cell.Length > 0 && "=+-@\t\r".Contains(cell[0]), $"A cell opens a formula: {cell}"));
        Assert.Contains(CsvRows.Parse(csv), row => row.Contains("Agreed;=1+1;@SUM(A1);+1;-1"));
    }

    [Fact]
    public async Task An_author_name_starting_with_a_tab_or_carriage_return_is_defused()
    {
        await Scenario.SubmitAcceptedAsync("Tab", "s-tab", new CommentAuthor("29:lu", "\t=1+1"), "LU");
        await Scenario.SubmitAcceptedAsync("CR", "s-cr", new CommentAuthor("29:mt", "\r=1+1"), "MT");

        var rows = CsvRows.Parse(Encoding.UTF8.GetString((await ExportAsync())[3..]));

        Assert.Equal("'\t=1+1", rows.Single(r => r[0] == "LU")[1]);
        Assert.Equal("'\r=1+1", rows.Single(r => r[0] == "MT")[1]);
    }
}
