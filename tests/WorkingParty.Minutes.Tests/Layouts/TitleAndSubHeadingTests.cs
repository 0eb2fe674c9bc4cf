using static WorkingParty.Minutes.Tests.Extraction.ParsedMinutes;

namespace WorkingParty.Minutes.Tests.Layouts;

/// <summary>
/// Round 4 of the reader (issue 12): a dash line under a numbered title is a sub-heading, not part of the title; a
/// title read on one line with the first sentence ends before a delegation that speaks, even with an aside after it.
/// </summary>
public class TitleAndSubHeadingTests
{
    private const string Header = "Brussels, 20 November 2026\nOUTCOME OF PROCEEDINGS\nOn: 12 November 2026\nTo: Delegations\nSubject: Working Party on Inland Waterways\n\n";

    [Fact]
    public void A_dash_line_under_a_numbered_title_is_a_sub_heading()
    {
        var m = Read(Header + "1. Revision of the River Information Services Directive:\n- Presentation by the Commission\nThe Commission presented the main elements of its proposal.\n\n" +
                     "2. AOB\nNothing was raised.");

        Assert.DoesNotContain("Presentation", m.Items[0].Title, StringComparison.Ordinal);
        Assert.Contains(m.Items[0].Paragraphs, p => p.Text.Contains("Presentation by the Commission", StringComparison.Ordinal));
    }

    [Fact]
    public void A_title_glued_to_a_sentence_whose_speaker_has_an_aside_ends_before_the_speaker()
    {
        var m = Read(Header + "1. Adoption of the agenda\nThe agenda was adopted.\n\n" +
                     "2. Any other business Austria, supported by Hungary and Slovakia, informed delegations about the low water levels on the Danube this autumn.");

        Assert.Equal("Any other business", m.Items[1].Title);
        Assert.Contains("AT", m.Items[1].Actors);
    }
}
