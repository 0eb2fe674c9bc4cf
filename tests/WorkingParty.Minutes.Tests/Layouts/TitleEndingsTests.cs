using static WorkingParty.Minutes.Tests.Extraction.ParsedMinutes;

namespace WorkingParty.Minutes.Tests.Layouts;

/// <summary>
/// Where an item title ends: document references closing it without brackets stand under it as the item's documents;
/// in flattened text a heading after a long run of spaces and a note after it ("None.") are no part of it; a footnote
/// marker glued to a title's word or after an act number is dropped; a title wrapped at the width of the text goes on
/// past the usual length after "(EU)" and over a paragraph break; a column of titles keeps a title wrapped onto a line
/// in lower case.
/// </summary>
public class TitleEndingsTests
{
    private const string Header = "Brussels, 9 March 2041\nOUTCOME OF PROCEEDINGS\nFrom:\nOn:\nTo:\nSubject:\nGeneral Secretariat of the Council\n" +
        "2 March 2041\nWorking Party on Inland Waterways\nOutcome of the meeting of the Working Party on Inland Waterways\n";

    private const string Line = "The Presidency presented its compromise text and several delegations welcomed the approach taken there.\n" +
        "Austria and Slovakia asked for a longer transition period for the smaller ports on the upper Danube.\n";

    [Theory]
    [InlineData("doc. 8120/31 PORT 17 CODEC 90 - COM(2031) 12 final", "8120/31")]
    [InlineData("doc. ST 8120/31 + ADD 1", "ST 8120/31")]
    [InlineData("doc. 8120/31 PORT 17 (COM(2031) 12 final)", "8120/31")]
    public void References_closing_a_title_without_brackets_are_the_items_documents_not_its_title(string references, string document)
    {
        var m = Read(Header + "1. Adoption of the agenda\nThe agenda was adopted.\n\n2. Proposal for a Regulation on inland port dues\n" + references + "\n" + Line +
            "\n3. AOB\nNothing was raised.");

        Assert.Equal("Proposal for a Regulation on inland port dues", m.Items[1].Title);
        Assert.Contains(document, m.Items[1].Documents);
        Assert.StartsWith("The Presidency presented", m.Items[1].Paragraphs[^1].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Proposal for a Regulation on inland port dues (doc. 8120/31 PORT 17)")]
    [InlineData("Proposal for a Regulation on inland port dues doc. 8120/31 as discussed in March")]
    [InlineData("Proposal for a Regulation amending Regulation (EU) No 1234/2031")]
    public void A_bracket_of_references_and_words_after_a_reference_stay_in_the_title(string title)
    {
        var m = Read(Header + "1. Adoption of the agenda\nThe agenda was adopted.\n\n2. " + title + "\n" + Line + "\n3. AOB\nNothing was raised.");

        Assert.Equal(title, m.Items[1].Title);
    }

    [Fact]
    public void Flattened_headings_after_a_long_run_of_spaces_end_before_the_text_and_a_none()
    {
        var text = "Council of the European Union        Brussels, 9 March 2041    WK 1688/2041     OUTCOME OF PROCEEDINGS        From:  General Secretariat of the Council" +
            "     On:   2 March 2041     To:  Working Party on Inland Waterways        1.        Adoption of the agenda        The agenda was adopted as set out in CM 1240/41." +
            "        2.        Corridor One - information from the Commission        Cion informed delegations about the public consultation on the corridor and the" +
            " Presidency invited delegations to send comments.   3.          Any other business      None.         The next meeting of the Working Party is convened for 20 March 2041.";

        Assert.Equal(["Adoption of the agenda", "Corridor One - information from the Commission", "Any other business"], Read(text).Items.Select(i => i.Title));
    }

    [Fact]
    public void A_flattened_footnote_under_its_separator_is_read_and_its_marker_leaves_the_title()
    {
        var text = "Council of the European Union      Brussels, 9 March 2041    (OR. en)     8120/41       TRANS 18     OUTCOME OF PROCEEDINGS    From:   General Secretariat of the Council" +
            "    On:   2 March 2041    To:   Delegations    Subject:   Working Party on Inland Waterways     1.   Adoption of the agenda   The agenda was adopted as set out in CM 5012/41." +
            "    2.   Proposal for a recast Pilotage Directive1 - state of play    The Presidency informed delegations that the European Parliament had not yet adopted its position" +
            " and that trilogues could not start before the summer.       ______________     1   COM(2040) 634 final.       8120/41         KB/ml              2       TREE.2                EN";

        var m = Read(text);

        Assert.Equal("Proposal for a recast Pilotage Directive - state of play", m.Items[1].Title);
        Assert.Equal("COM(2040) 634 final.", Assert.Single(m.Footnotes).Text);
    }

    [Fact]
    public void A_footnote_marker_after_an_act_number_leaves_the_title_and_a_footer_with_a_roman_numeral_service_is_furniture()
    {
        var m = Read(Header + "1. Adoption of the agenda\nThe agenda was adopted.\n\n2. Implementation of Regulation (EU) No 1234/2040 1 on river information services\n" + Line +
            "\n3. AOB\nNothing was raised.\n_______________\n1\nOJ L 268, 18.10.2040, p. 1.\n8120/41\nMC/ab\n2\nDG C III\nEN");

        Assert.Equal("Implementation of Regulation (EU) No 1234/2040 on river information services", m.Items[1].Title);
        Assert.Equal("OJ L 268, 18.10.2040, p. 1.", Assert.Single(m.Footnotes).Text);
        Assert.DoesNotContain("8120/41", m.Items[2].Documents);
    }

    [Fact]
    public void A_line_starting_with_a_number_in_thousands_is_no_footnote()
    {
        var m = Read(Header + "1. Adoption of the agenda\nThe agenda was adopted.\n\n2. Quotas for river cargo\nAT asked for an exemption for ports handling less than\n" +
            "50 000 tonnes per year; HU supported that request.\n8120/41\nMC/ab\nDG C III\n1\nEN\n3. AOB\nNothing was raised.");

        Assert.Empty(m.Footnotes);
        Assert.Contains(m.Items[1].Paragraphs, p => p.Text.Contains("50 000 tonnes", StringComparison.Ordinal));
    }

    [Fact]
    public void A_line_starting_with_a_percentage_is_no_footnote()
    {
        var m = Read(Header + "1. Adoption of the agenda\nThe agenda was adopted.\n\n2. Quotas for river cargo\nCZ found the\n" +
            "45 % share of rail freight too ambitious. SK agreed.\n8120/41\nMC/ab\nDG C III\n1\nEN\n3. AOB\nNothing was raised.");

        Assert.Empty(m.Footnotes);
        Assert.Contains(m.Items[1].Paragraphs, p => p.Text.Contains("45 % share of rail freight too ambitious", StringComparison.Ordinal));
    }

    [Fact]
    public void A_column_title_wrapped_onto_a_line_in_lower_case_is_one_title()
    {
        var m = Read(Header + "1.\n2.\n3.\nAdoption of the agenda\nProposal for a Council Decision authorising the use on inland waterways of vessels\n" +
            "running on, or converted to, liquefied natural gas\nAny other business\n1.\nAdoption of the agenda\nThe agenda was adopted.\n" +
            "2.\nProposal for a Council Decision authorising the use on inland waterways of vessels\nrunning on, or converted to, liquefied natural gas\n" + Line +
            "3.\nAny other business\nNothing was raised.");

        Assert.Equal(["Adoption of the agenda", "Proposal for a Council Decision authorising the use on inland waterways of vessels running on, or converted to, liquefied natural gas",
            "Any other business"], m.Items.Select(i => i.Title));
        Assert.Contains("AT", m.Items[1].Actors);
    }

    [Fact]
    public void A_title_ending_on_eu_goes_on_past_the_usual_length()
    {
        var title = "Proposal for a Directive of the European Parliament and of the Council on common rules for the berthing of inland vessels in the\n" +
            "seaports of the Union and amending Regulation (EU) 2038/2394 and Directives (EU)\n2039/771 and (EU) 2040/1828 (\"berthing rights\") - analysis of the final compromise text";

        var m = Read(Header + "1. Adoption of the agenda\nThe agenda was adopted.\n\n2. " + title + "\n\n" + Line + "\n3. AOB\nNothing was raised.");

        Assert.Equal(title.Replace('\n', ' '), m.Items[1].Title);
    }

    [Fact]
    public void A_title_wrapped_at_the_width_of_the_text_goes_on_over_a_paragraph_break()
    {
        const string Wide = "The Presidency presented the changes made to Article 2 of the compromise text, in particular\n" +
            "the lower call rate on the revenues. PL, CZ and SK maintained their opposition to any new levy\n" +
            "as long as no compensation mechanism was provided for. DK and NL asked for a lower ceiling.\n";
        var m = Read(Header + "1. Adoption of the agenda\nThe agenda was adopted as set out in CM 5190/41. The Chair welcomed the delegations.\n\n" +
            "2. Proposal for a Council Decision on the system of inland port dues of the European\n\nUnion (ST 11514/40) - Presidency compromise text\n\n" +
            Wide + "\n" + Wide + "\n3. AOB\nNothing was raised.");

        Assert.Equal("Proposal for a Council Decision on the system of inland port dues of the European Union (ST 11514/40) - Presidency compromise text", m.Items[1].Title);
    }
}
