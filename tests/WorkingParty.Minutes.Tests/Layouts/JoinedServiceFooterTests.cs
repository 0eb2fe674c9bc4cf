using WorkingParty.Minutes.Model;
using static WorkingParty.Minutes.Tests.Extraction.ParsedMinutes;

namespace WorkingParty.Minutes.Tests.Layouts;

/// <summary>
/// A page footer whose service is two departments joined by a slash ("DG B 2 / DG C 1") is taken out like one with a
/// single department, whether each piece stands on a line of its own, the footer on one line or over two, or flattened
/// with runs of spaces; a sentence that names two departments stays.
/// </summary>
public class JoinedServiceFooterTests
{
    private const string Header = "Brussels, 14 March 2043\nOUTCOME OF PROCEEDINGS\nOn: 2 March 2043\nTo: Delegations\nSubject: Working Party on Lighthouse Safety\n\n";

    private static Meeting ReadWith(string footer) =>
        Read($"8120/43\n{Header}1. Beacon standards\n\nThe Presidency presented the draft standards.\n\nA further meeting will be convened in May.\n"
            + footer + "\nThe Commission welcomed the draft.\n\n2. AOB\n\nNothing was raised.\n");

    [Theory]
    [InlineData("8120/43\nKL/mn\n2\nDG B 2 / DG C 1\nEN")]
    [InlineData("8120/43\nKL/mn\n2\nDG B 2/DG C 1\nEN")]
    [InlineData("8120/43 KL/mn 2 DG B 2 / DG C 1 EN")]
    [InlineData("8120/43          KL/mn          2\n          DG B 2 / DG C 1          EN")]
    [InlineData("8120/43\nKL/mn\n2\nDG B 2 / DG C 1 / DGD 1A\nEN")]
    [InlineData("8120/43 KL/mn 2 DG B 2 / DG C 1 / DGD 1A EN")]
    [InlineData("8120/43          KL/mn          2\n          DG B 2 / DG C 1 / DGD 1A          EN")]
    public void A_footer_with_two_joined_departments_is_no_part_of_the_paragraphs(string footer)
    {
        var paragraphs = ReadWith(footer).Items[0].Paragraphs.Select(p => p.Text).ToList();

        Assert.DoesNotContain(paragraphs, p => p.Contains("KL/mn", StringComparison.Ordinal) || p.Contains("DG C", StringComparison.Ordinal) || p == "EN");
        Assert.Contains("A further meeting will be convened in May.", paragraphs);
        Assert.Contains("The Commission welcomed the draft.", paragraphs);
    }

    [Fact]
    public void A_flattened_footer_with_two_joined_departments_is_no_part_of_the_sentence()
    {
        var m = Read($"8120/43    {Header.Replace("\n", "    ", StringComparison.Ordinal)}1.    Beacon standards    The Presidency presented the draft standards for beacons on coastal and offshore sites, "
            + "recalling the aims of the lighthouse safety programme and the results of the survey of keepers' stations carried out last winter.    "
            + "Several delegations asked for more time to consult their national maritime authorities on the proposed light ranges.    "
            + "A further meeting will be convened in May.    8120/43    KL/mn    2    DG B 2 / DG C 1    EN    The Commission welcomed the draft.    "
            + "2.    AOB    Nothing was raised.");

        var text = string.Join(' ', m.Items[0].Paragraphs.Select(p => p.Text));
        Assert.DoesNotContain("KL/mn", text, StringComparison.Ordinal);
        Assert.DoesNotContain("DG C", text, StringComparison.Ordinal);
        Assert.Contains("The Commission welcomed the draft.", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("DG B 2 / DG C 1")]
    [InlineData("DG MOVE / DG ENER")]
    public void A_line_naming_two_departments_in_a_sentence_stays(string departments)
    {
        var m = Read($"8120/43\n{Header}1. Beacon standards\n\nThe Presidency presented the draft standards, prepared with\n{departments}\nof the General Secretariat and the Commission.\n\n2. AOB\n\nNothing was raised.\n");

        Assert.Contains(m.Items[0].Paragraphs, p => p.Text.Contains(departments, StringComparison.Ordinal));
    }
}
