using static WorkingParty.Minutes.Tests.Extraction.ParsedMinutes;

namespace WorkingParty.Minutes.Tests.Layouts;

/// <summary>
/// Item titles that wrap before a capital or "No", a long one that goes on in lower case past the usual length, titles that end at a run of spaces in flattened text, an item whose
/// title is longer than usual, and a working paper dated only by the stamp beside its number.
/// </summary>
public class ItemTitleWrapTests
{
    private const string Header = "Brussels, 20 June 2025\nOUTCOME OF PROCEEDINGS\nOn: 10 June 2025\nTo: Delegations\nSubject: Working Party on Forestry\n\n";

    [Fact]
    public void A_title_wrapped_before_No_and_a_number_goes_on()
    {
        var m = Read(Header + "1. Proposal for a Regulation amending Regulation (EU)\nNo 995/2010 as regards timber placed on the market\nThe Commission presented the proposal to delegations.\n\n" +
                     "2. AOB\nNothing was raised.");

        Assert.Equal("Proposal for a Regulation amending Regulation (EU) No 995/2010 as regards timber placed on the market", m.Items[0].Title);
    }

    [Fact]
    public void A_long_title_wrapped_over_three_lines_goes_on_in_lower_case_past_the_usual_length()
    {
        const string title = "Proposal for a Regulation of the European Parliament and of the Council amending Regulation (EU) No 995/2010\n" +
                             "on the obligations of operators who place timber and timber products on the internal market of the Union\n" +
                             "and of third countries, as regards the implementing and delegated powers conferred on the Commission";
        var m = Read(Header + "1. " + title + "\nThe Commission presented the proposal to delegations.\n\n2. AOB\nNothing was raised.");

        Assert.Equal(title.Replace('\n', ' '), m.Items[0].Title);
    }

    [Fact]
    public void A_long_title_wrapped_at_the_width_ends_in_a_short_last_line_past_the_usual_length()
    {
        const string title = "Proposal for a Regulation of the European Parliament and of the Council establishing a\n" +
                             "Union register of inland vessels recording the inspection results of all\n" +
                             "vessels navigating the inland waterways that cross the borders between the Member\n" +
                             "States of the European Union";
        var m = Read(Header + "1.\n" + title + "\n- examination of Articles 1 to 9\nThe Commission presented the proposal to delegations and the Presidency\n" +
                     "invited delegations to send their comments in writing before the next meeting of the Working Party.\n\n2. AOB\nNothing was raised.");

        Assert.Equal(title.Replace('\n', ' '), m.Items[0].Title);
    }

    [Fact]
    public void A_title_wrapped_after_a_participle_or_a_colon_goes_on_but_a_sentence_after_it_does_not()
    {
        var m = Read(Header + "1. Draft Council Decision amending\nDirective 1999/105/EC on forest reproductive material\nThe Presidency presented the draft.\n\n" +
                     "2. Forest monitoring - state of play:\nPresidency questionnaire\nBelgium, supported by France, asked for more time.\n\n" +
                     "3. Any other business:\nThe Presidency informed delegations of the coming conference.");

        Assert.Equal(["Draft Council Decision amending Directive 1999/105/EC on forest reproductive material",
            "Forest monitoring - state of play: Presidency questionnaire", "Any other business:"], m.Items.Select(i => i.Title));
    }

    [Fact]
    public void In_flattened_text_a_run_of_spaces_after_the_title_ends_it()
    {
        var m = Read(string.Join("   ", "Council of the European Union", "Brussels, 20 June 2025", "(OR. en)", "9123/25",
            "OUTCOME OF PROCEEDINGS", "From: General Secretariat of the Council", "On: 10 June 2025", "To: Delegations",
            "Subject: Working Party on Forestry") +
            "   1.  Forest monitoring - state of play      Belgium, supported by France, asked the Commission to share the draft study on forest monitoring before the summer so that capitals could prepare their positions. The Commission agreed to circulate it in July." +
            "   2.  Timber regulation - guidance      Several delegations welcomed the guidance and asked for a second reading of the text at one of the coming meetings of the Working Party.");

        Assert.Equal(["Forest monitoring - state of play", "Timber regulation - guidance"], m.Items.Select(i => i.Title));
    }

    [Fact]
    public void An_item_with_a_title_longer_than_usual_is_not_lost_when_its_number_is_the_next()
    {
        var longTitle = "Proposal for a Regulation of the European Parliament and of the Council on the production and making available on the market of plant and forest reproductive material, amending Regulations (EU) 2016/2031, 2017/625 and 2018/848 of the European Parliament and of the Council (ST 10789/23 + ADD 1, COM(2023) 414 final)";
        var m = Read(Header + "1. Adoption of the agenda\nThe agenda was adopted.\n\n2. " + longTitle + "\n\nThe Presidency presented its compromise text.");

        Assert.Equal(2, m.Items.Count);
        Assert.Equal(longTitle, m.Items[1].Title);
    }

    [Fact]
    public void A_working_paper_dated_only_beside_its_number_has_that_issue_date()
    {
        var m = Read("Council of the European Union\nWK 7431/2025 (18.06.2025)\nLIMITE\nWORKING PAPER\nOn: 10 June 2025\nTo: Delegations\nSubject: Working Party on Forestry\n\n" +
                     "1. Adoption of the agenda\nThe agenda was adopted by the delegations.\n\n2. Timber\nThe Commission presented the study.");

        Assert.Equal((D("2025-06-18"), D("2025-06-10")), (m.Header.IssueDate, m.Date));
    }
}
