using WorkingParty.Minutes.Extraction;
using WorkingParty.Minutes.Model;
using WorkingParty.Minutes.Reading;
using static WorkingParty.Minutes.Tests.Extraction.ParsedMinutes;

namespace WorkingParty.Minutes.Tests.Layouts;

/// <summary>Item numbers as extractions really give them: after one space in flattened text, in a column of their own,
/// before titles in lower case or with a digit, after a body ending on "item 2.", with a first sub-item glued to the title, and with one heading lost.</summary>
public class ItemNumberingTests
{
    [Fact]
    public void Flattened_text_breaks_before_the_next_item_number_after_one_space()
    {
        var m = Read(string.Join("   ",
            "Council of the European Union", "Brussels, 12 March 2013", "(OR. en)", "7123/13", "LIMITE", "MAR 31",
            "OUTCOME OF PROCEEDINGS", "From: General Secretariat of the Council", "On: 4 March 2013",
            "To: Working Party on Shipping", "Subject: Summary of discussions") +
            " 1. Adoption of the agenda The agenda was adopted as set out in CM 1402/13 without changes by the delegations present." +
            " 2. Ship recycling The Commission presented the state of play of the ship recycling list and the Presidency invited delegations to comment on the list by 20 March 2013. Several delegations supported the approach of the Commission on the list." +
            " 3. Any other business The Presidency informed the working party that the next meeting would take place on 18 March 2013 in the Justus Lipsius building.");

        Assert.Equal(new DateOnly(2013, 3, 4), m.Date);
        Assert.Equal(["Adoption of the agenda", "Ship recycling", "Any other business"], m.Items.Select(i => i.Title));
    }

    [Fact]
    public void A_body_ending_on_the_next_items_number_leaves_no_number_in_its_title()
    {
        var m = Read(string.Join("   ",
            "Council of the European Union", "Brussels, 30 January 2031", "(OR. en)", "5612/31", "OUTCOME OF PROCEEDINGS",
            "From: General Secretariat of the Council", "On: 21 January 2031", "To: Delegations", "Subject: Working Party on Inland Navigation") +
            " 1.   Adoption of the agenda The agenda was adopted as set out in CM 1143/31. The Chair welcomed the new head of the lock unit, who attended for item 2." +
            "   2.   Lock safety compact a)    National lock plans - state of play   The Commission presented an overview of the national lock plans received so far (WK 612/2031)." +
            "   3.   AOB The next meeting will take place on 5 March 2031.");

        Assert.Equal(["Adoption of the agenda", "Lock safety compact", "AOB"], m.Items.Select(i => i.Title));
    }

    [Fact]
    public void In_flattened_text_a_first_sub_item_after_one_space_is_no_part_of_the_items_title()
    {
        var m = Read(string.Join("   ",
            "Council of the European Union", "Brussels, 30 January 2031", "(OR. en)", "5612/31", "OUTCOME OF PROCEEDINGS",
            "From: General Secretariat of the Council", "On: 21 January 2031", "To: Delegations", "Subject: Working Party on Inland Navigation",
            "1. Adoption of the agenda The agenda was adopted as set out in CM 1143/31 without changes by the delegations.",
            "2. Interim lock measures a) Information from the Commission on the list of locks",
            "The Commission reported on its study of the locks meeting the new safety requirements and on its contacts with the river commissions.",
            "b) Draft conclusions on interim measures (15988/31)", "The Working Party examined the revised draft and agreed on the text.",
            "3. AOB The next meeting will take place on 5 March 2031."));

        Assert.Equal(["Adoption of the agenda", "Interim lock measures", "AOB"], m.Items.Select(i => i.Title));
        Assert.Equal("Information from the Commission on the list of locks", m.Items[1].SubItems[0].Title);
    }

    [Fact]
    public void Numbers_in_a_column_of_their_own_go_to_the_titles_that_follow()
    {
        var m = Read("""
            Brussels, 12 March 2013
            OUTCOME OF PROCEEDINGS
            On: 4 March 2013
            Subject: Summary of discussions of the Working Party on Shipping

            1.
            2.
            3.
            Adoption of the agenda
            The agenda was adopted.

            Ship recycling
            The Commission presented the list. Delegations were invited to send comments on the list by 20 March 2013.

            Port state control
            The Presidency informed delegations of the next meeting on 18 March 2013.
            """);

        Assert.Equal([(1, "Adoption of the agenda"), (2, "Ship recycling"), (3, "Port state control")], m.Items.Select(i => (i.Number, i.Title)));
        Assert.Equal(2, Assert.Single(m.Deadlines).Item);
    }

    [Fact]
    public void Titles_may_start_in_lower_case_or_with_a_digit_and_a_lost_heading_does_not_swallow_the_rest()
    {
        var m = Read("""
            Brussels, 12 March 2024
            OUTCOME OF PROCEEDINGS
            On: 4 March 2024
            Subject: Working Party on Land Transport

            1. Adoption of the agenda
            The agenda was adopted.

            2. eFTI Regulation
            a) 3rd progress report
            The Commission presented its report.
            b) e-CMR ratification
            Cion gave an update.

            The Presidency summed up the debate on the electronic freight documents.

            4. Road safety package
            The Presidency presented the package.

            5. AOB
            Nothing was raised.
            """);

        Assert.Equal([(1, "Adoption of the agenda"), (2, "eFTI Regulation"), (4, "Road safety package"), (5, "AOB")], m.Items.Select(i => (i.Number, i.Title)));
        Assert.Equal([new SubItem("a", "3rd progress report"), new SubItem("b", "e-CMR ratification")], m.Items[1].SubItems);
    }

    [Fact]
    public void An_unnumbered_AOB_after_numbers_in_a_column_takes_the_waiting_number_once()
    {
        // Found by ParserPropertyTests (CsCheck seeds 5TTCWBxnD8y2 and aAlIwWLMqYp2): the AOB took the waiting "2." and
        // left it waiting, so the next title-like line became a second item 2.
        var m = Read("""
            Brussels, 12 March 2013
            OUTCOME OF PROCEEDINGS
            On: 4 March 2013
            Subject: Summary of discussions of the Working Party on Shipping

            1.
            2.
            Adoption of the agenda
            The agenda was adopted.

            AOB
            The Presidency informed delegations of the next meeting on 18 March 2013.

            Port state control
            """);

        Assert.Equal([(1, "Adoption of the agenda"), (2, "AOB")], m.Items.Select(i => (i.Number, i.Title)));
    }

    [Fact]
    public void A_number_column_whose_heading_is_refused_leaves_no_number_waiting()
    {
        // Found by ParserPropertyTests (CsCheck seed 9Sf0Ow023p41): "3." and "4." stood alone over a line too long for a
        // title, so the heading was refused, but the column's "4." was left waiting and became the next item after 1.
        var m = Read("""
            Brussels, 12 March 2013
            OUTCOME OF PROCEEDINGS
            On: 4 March 2013
            Subject: Summary of discussions of the Working Party on Shipping

            1. Adoption of the agenda
            The agenda was adopted.
            3.
            4.
            Ship recycling the list of facilities and the inspection of yards by the Commission services the list of facilities and the inspection of yards by the Commission services the list of facilities and the inspection of yards by the Commission services the list of facilities and the inspection of yards by the Commission services

            2. Port state control
            The Presidency invited delegations to comment by 20 March 2013.
            """);

        Assert.Equal([1, 2], m.Items.Select(i => i.Number));
    }
}
