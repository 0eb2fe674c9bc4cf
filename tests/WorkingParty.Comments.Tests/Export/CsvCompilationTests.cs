using System.Text;
using WorkingParty.Comments;
using WorkingParty.Comments.Tests.Support;

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
        var rows = CsvReader.Parse(Encoding.UTF8.GetString((await ExportAsync())[3..]));

        Assert.Equal(CsvCompilation.Header, rows[0]);
        Assert.Equal(["CZ", "IE", "EL", "AT"], rows.Skip(1).Select(r => r[0]));
        Assert.Equal(["CZ", "Jana Nováková", "2017-03-27 10:01", "", "7130/17", CompilationScenario.HtmlText, "1"], rows[1][..7]);
        Assert.Equal(["EL", "Eleni Papadopoulou", "2017-04-04 09:30", "late"], rows[3][..4]);
    }

    [Fact]
    public async Task Cells_a_spreadsheet_would_run_as_formulas_are_defused()
    {
        var rows = CsvReader.Parse(Encoding.UTF8.GetString((await ExportAsync())[3..]));
        var ireland = rows.Single(r => r[0] == "IE");

        Assert.Equal("'" + CompilationScenario.FormulaText, ireland[5]);
        Assert.Equal("'@Sean Murphy", ireland[1]);
        Assert.Equal("2", ireland[6]);
    }
}
