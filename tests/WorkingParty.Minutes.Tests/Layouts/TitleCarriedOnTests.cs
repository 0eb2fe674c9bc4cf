using static WorkingParty.Minutes.Tests.Extraction.ParsedMinutes;

namespace WorkingParty.Minutes.Tests.Layouts;

/// <summary>
/// Item titles that go on past their first line: in a column of titles after a column of numbers, a title wrapped onto
/// a line its words carry on; a title leaving a bracket open; a full line ending on "and" after a wrapped line; a
/// presenter line in lower case after a dash; and the agenda listed before the items giving the full title that an
/// item's own heading only shortens.
/// </summary>
public class TitleCarriedOnTests
{
    private const string Header = "Brussels, 9 March 2041\nOUTCOME OF PROCEEDINGS\nFrom:\nOn:\nTo:\nSubject:\nGeneral Secretariat of the Council\n" +
        "2 March 2041\nWorking Party on Inland Waterways\nOutcome of the meeting of the Working Party on Inland Waterways\n";

    private const string Line = "The Presidency presented its compromise text and several delegations welcomed the approach taken there.\n" +
        "Austria and Slovakia asked for a longer transition period for the smaller ports on the upper Danube.\n";

    [Fact]
    public void A_title_in_a_column_of_titles_goes_on_onto_a_line_starting_with_a_year()
    {
        var m = Read(Header + "1.\n2.\n3.\nAdoption of the agenda\nProposal for a Regulation on the River Information Services programme for the period\n" +
            "2042-2048 (COM(2041) 77 final)\nBerth allocation on the Rhine\nThe agenda was adopted.\nAd 2.\n" + Line);

        Assert.Equal(["Adoption of the agenda", "Proposal for a Regulation on the River Information Services programme for the period 2042-2048 (COM(2041) 77 final)",
            "Berth allocation on the Rhine"], m.Items.Select(i => i.Title));
    }

    [Fact]
    public void Titles_listed_one_a_line_do_not_run_together_for_their_width()
    {
        var m = Read(Header + "1.\n2.\n3.\nAdoption of the agenda\nThird conference of the Danube Commission on navigation rules, Vienna, 4-6 May 2041\n" +
            "River Information Services (RIS)\n1. Adoption of the agenda\nThe agenda was adopted.\n2. Navigation rules\n" + Line + "3. RIS\n" + Line);

        Assert.Equal("Third conference of the Danube Commission on navigation rules, Vienna, 4-6 May 2041", m.Items[1].Title);
    }

    [Fact]
    public void The_agenda_listed_before_the_items_gives_the_full_title_an_item_heading_shortens()
    {
        var m = Read(Header + "1.\n2.\n3.\nAdoption of the agenda\nThird conference of the Danube Commission on navigation rules, Vienna, 4-6 May 2041\n" +
            "River Information Services (RIS)\n1. Adoption of the agenda\nThe agenda was adopted.\n2. Navigation rules\n" + Line + "3. RIS\n" + Line);

        Assert.Equal(["Adoption of the agenda", "Third conference of the Danube Commission on navigation rules, Vienna, 4-6 May 2041",
            "River Information Services (RIS)"], m.Items.Select(i => i.Title));
        Assert.Contains("AT", m.Items[2].Actors);
    }

    [Fact]
    public void A_title_leaving_a_bracket_open_goes_on_before_a_capitalised_word()
    {
        var m = Read(Header + "1. Pilotage rules (Single\n" +
            "Waterways Regulation) for the upper Rhine\n" + Line + "\n2. AOB\nNothing was raised.");

        Assert.Equal("Pilotage rules (Single Waterways Regulation) for the upper Rhine", m.Items[0].Title);
    }

    [Fact]
    public void A_wrapped_title_goes_on_over_a_full_line_ending_on_and()
    {
        var m = Read(Header + "1. Adoption of the agenda\n" + Line +
            "2. Proposal for a Directive of the European Parliament and of the Council on the Common\n" +
            "Rules for Recognition of Boatmasters' Certificates and on Union support for crew training and\n" +
            "certification\n" + Line + "\n3. AOB\nNothing was raised.");

        Assert.Equal("Proposal for a Directive of the European Parliament and of the Council on the Common Rules for Recognition of Boatmasters' "
            + "Certificates and on Union support for crew training and certification", m.Items[1].Title);
    }

    [Theory]
    [InlineData("2. Ice breaking on the Oder\n\u2013 briefing by the Polish delegation\n")]
    [InlineData("2. Ice breaking on the Oder\n\n\u2013 briefing by the Polish delegation\n\n")]
    public void A_presenter_line_in_lower_case_after_a_dash_goes_on_in_the_title(string heading)
    {
        var m = Read(Header + "1. Adoption of the agenda\nThe agenda was adopted.\n" + heading + Line + "\n3. AOB\nNothing was raised.");

        Assert.Equal("Ice breaking on the Oder - briefing by the Polish delegation", m.Items[1].Title);
    }

    [Fact]
    public void A_capitalised_dash_line_under_a_title_stays_a_sub_heading()
    {
        var m = Read(Header + "1. Adoption of the agenda\nThe agenda was adopted.\n2. Ice breaking on the Oder\n\u2013 Costs of the operation\n" + Line + "\n3. AOB\nNothing was raised.");

        Assert.Equal("Ice breaking on the Oder", m.Items[1].Title);
    }
}
