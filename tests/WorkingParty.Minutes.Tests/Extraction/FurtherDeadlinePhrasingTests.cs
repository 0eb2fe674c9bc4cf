using WorkingParty.Minutes.Model;
using static WorkingParty.Minutes.Tests.Extraction.ParsedMinutes;

namespace WorkingParty.Minutes.Tests.Extraction;

/// <summary>
/// Deadlines in phrasings read in neither the request nor the deadline patterns before: "were due at the latest by", "are
/// to report ... no later than", "the deadline ... was set at", "may still do so until", a consultation that "would run
/// until", reservations that "should be lifted by", and a second due date coordinated without a preposition ("the interim
/// returns were due by A and the final returns by B").
/// </summary>
public class FurtherDeadlinePhrasingTests
{
    private static IReadOnlyList<Deadline> All(string paragraph) =>
        Read($"Brussels, 19 March 2031\nOUTCOME OF PROCEEDINGS\nOn: 11 March 2031\nTo: Delegations\nSubject: Working Party on Inland Fisheries\n\n1. Eel recovery plans\n\n{paragraph}").Deadlines;

    [Theory]
    [InlineData("The Commission reminded delegations that their catch statistics were due at the latest by 15.04.2031.", "2031-04-15")]
    [InlineData("The Commission recalled that MS are to report on the restocking targets no later than 9 May 2031.", "2031-05-09")]
    [InlineData("The deadline for comments on the eel note (WK 3120/2031) was set at 28.03.2031 at the latest.", "2031-03-28")]
    [InlineData("MS which had not yet answered the survey may still do so until 4 April.", "2031-04-04")]
    [InlineData("The Commission would open the stakeholder consultation next week. The public consultation would run until 30 May 2031.", "2031-05-30")]
    [InlineData("Parliamentary scrutiny reservations should be lifted at the latest by 25 April 2031.", "2031-04-25")]
    public void A_request_in_a_further_phrasing_is_a_deadline(string paragraph, string due)
    {
        Assert.Contains(All(paragraph), d => d.Date == D(due));
    }

    [Fact]
    public void A_second_due_date_coordinated_without_a_preposition_is_a_deadline_too()
    {
        var deadlines = All("The Commission presented the timetable: the interim returns were due by 16 May 2031 and the final returns by 30 September 2031, to be followed by a review.");

        Assert.Contains(deadlines, d => d.Date == D("2031-05-16"));
        Assert.Contains(deadlines, d => d.Date == D("2031-09-30") && d.Subject.Contains("final returns", StringComparison.Ordinal));
    }

    [Fact]
    public void A_consultation_told_as_published_on_a_day_has_no_deadline_on_it()
    {
        Assert.DoesNotContain(All("The Commission intended to publish the draft guidelines for public consultation on 20 March."), d => d.Date == D("2031-03-20"));
    }
}

/// <summary>
/// A document whose every printed line became a paragraph: a line ending on an abbreviation's stop ("to the Pres.",
/// "(doc.") goes on in the next line when that starts in lower case or with a number; the stop ends no sentence.
/// </summary>
public class AbbreviationAtLineEndTests
{
    private const string Header = "Brussels, 19 March 2031\nOUTCOME OF PROCEEDINGS\nOn: 11 March 2031\nTo: Delegations\nSubject: Working Party on Inland Fisheries\n\n1. Eel recovery plans\n\n";

    [Fact]
    public void A_request_cut_after_an_abbreviation_keeps_its_due_date()
    {
        var m = Read($"{Header}Delegations were asked to send drafting suggestions on the eel note to the Pres.\n\nno later than 21 March 2031. The final text would be agreed by silence.");

        var deadline = Assert.Single(m.Deadlines);
        Assert.Equal(D("2031-03-21"), deadline.Date);
    }

    [Fact]
    public void A_reference_cut_after_doc_stays_in_its_sentence()
    {
        var m = Read($"{Header}The Presidency presented a note on the stocking reviews (doc.\n\n7120/31). SE and FI asked for more time.");

        Assert.Contains(m.Items[0].Paragraphs, p => p.Text.Contains("(doc. 7120/31)", StringComparison.Ordinal));
    }

    [Fact]
    public void A_sentence_ending_on_an_abbreviation_before_a_capital_still_ends_its_paragraph()
    {
        var m = Read($"{Header}The note was presented by the Pres.\n\nSE and FI asked for more time.");

        Assert.Equal(2, m.Items[0].Paragraphs.Count);
    }
}
