using WorkingParty.Minutes.Model;
using static WorkingParty.Minutes.Tests.Extraction.ParsedMinutes;

namespace WorkingParty.Minutes.Tests.Extraction;

/// <summary>
/// Text run together by the way it was extracted: a dash-led sub-heading glued after the sentence before it ("...
/// to attend. – Next meeting The next meeting ...") starts a sentence of its own, and a page footer printed over two
/// lines at the end of the document ("8812/41 RT/cb 2" over "DG E 3 II EN") is no part of the last sentence.
/// </summary>
public class RunOnTextTests
{
    private const string Header = "Brussels, 19 April 2041\nOUTCOME OF PROCEEDINGS\nOn: 9 April 2041\nTo: Delegations\nSubject: Working Party on Glacier Monitoring\n\n";

    [Theory]
    [InlineData("Finland invited members to attend its exhibition on ice cores. – Next meeting The next meeting of the Working Party will take place on 7 May.")]
    [InlineData("Norway invited delegates to a reception. - Calendar The Working Party will meet again on 7 May.")]
    public void A_dash_led_heading_glued_after_a_sentence_starts_a_sentence_of_its_own(string aob)
    {
        var m = Read($"{Header}1. Ice sheet survey\n\nThe Commission presented the survey.\n\n2. AOB\n\n{aob}");

        var next = Assert.Single(m.Events, e => e.Kind == EventKind.NextMeeting);
        Assert.Equal(D("2041-05-07"), next.Date);
        Assert.DoesNotContain("invited", next.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_footer_over_two_lines_at_the_end_is_no_part_of_the_last_sentence()
    {
        var m = Read($"8812/41\n{Header}1. Ice sheet survey\n\nThe Commission presented the survey (doc. 7301/41).\n\n"
            + "SE, supported by DK, questioned the need to extend the survey to glaciers that only\n\n"
            + "8812/41                      RT/cb                         2\n                             DG E 3 II                      EN\n");

        var last = m.Items[0].Paragraphs[^1].Text;
        Assert.EndsWith("glaciers that only", last, StringComparison.Ordinal);
    }
}
