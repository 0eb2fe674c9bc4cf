using static WorkingParty.Minutes.Tests.Extraction.ParsedMinutes;

namespace WorkingParty.Minutes.Tests.Layouts;

/// <summary>
/// Items numbered in Roman numerals ("I. Adoption of the agenda", or "II." alone with the title on the next line, in
/// capitals or not) are items as their Arabic twins are, in order; a Roman "I." in a body never starts one.
/// </summary>
public class RomanItemNumberTests
{
    private const string Header = "Brussels, 3 May 2031\nOUTCOME OF PROCEEDINGS\nof: Working Party on Inland Navigation\non: 24 April 2031\nSubject: Lock safety\n\n";

    [Fact]
    public void Roman_numbers_before_titles_head_items()
    {
        var m = Read(Header + """
            I. Adoption of the agenda

            The agenda was adopted as set out in CM 2210/31.

            II. Lock safety compact

            The Commission presented its revised text (doc. 8120/31). Written comments are due by 12 May 2031.

            III. Any other business

            The next meeting will take place on 20 May 2031.
            """);

        Assert.Equal(["Adoption of the agenda", "Lock safety compact", "Any other business"], m.Items.Select(i => i.Title));
        Assert.Equal([1, 2, 3], m.Items.Select(i => i.Number));
    }

    [Fact]
    public void Roman_numbers_standing_alone_head_the_capitalised_titles_after_them()
    {
        var m = Read(Header + """
            I.
            INTRODUCTION
            The Working Party continued the examination of the Presidency text.

            II.
            LOCK KEEPERS (Articles 4 to 9)
            The Presidency presented its compromise. Comments are due by 12 May 2031.

            III.
            OTHER BUSINESS
            The next meeting will take place on 20 May 2031.
            """);

        Assert.Equal(["INTRODUCTION", "LOCK KEEPERS (Articles 4 to 9)", "OTHER BUSINESS"], m.Items.Select(i => i.Title));
    }

    [Fact]
    public void A_roman_number_out_of_order_in_a_body_starts_no_item()
    {
        var m = Read(Header + """
            I. Adoption of the agenda
            The agenda was adopted.

            II. Lock safety compact
            The Presidency recalled its paper.
            V. Lee of the secretariat took the minutes.

            III. Any other business
            None.
            """);

        Assert.Equal(["Adoption of the agenda", "Lock safety compact", "Any other business"], m.Items.Select(i => i.Title));
    }
}
