using WorkingParty.Minutes.Model;
using static WorkingParty.Minutes.Tests.Extraction.ParsedMinutes;

namespace WorkingParty.Minutes.Tests.Layouts;

/// <summary>
/// Round 4 of the reader (issue 12): the text before item 1 that follows the Subject: or To: value with no blank line
/// (in printed lines or in flattened text) is prose, not header; and the body in To: or Subject: keeps its first word
/// and its bracketed qualifier, without a trailing separator or the sentence after it.
/// </summary>
public class GluedPreambleAndBodyTests
{
    private const string Top = "Brussels, 9 November 2026\nOUTCOME OF PROCEEDINGS\nOn: 2 November 2026\n";
    private const string Items = "\n\n1. Adoption of the agenda\nThe agenda was adopted by the delegations.\n\n2. Tachograph rules\nThe Commission presented its evaluation.";

    [Fact]
    public void A_preamble_on_the_line_after_the_subject_gives_its_events_and_leaves_the_body_alone()
    {
        var m = Read(Top + "To: Delegations\nSubject: Summary of the meeting of the Working Party on Land Transport (Road Safety)\n" +
                     "The Chair informed delegations that, due to the transport strike, the next meeting would be held by videoconference on 16 November 2026." + Items);

        Assert.Equal("Working Party on Land Transport (Road Safety)", m.Body);
        Assert.Contains(m.Events, e => e.Kind == EventKind.NextMeeting && e.Date == D("2026-11-16"));
        Assert.Equal(["Adoption of the agenda", "Tachograph rules"], m.Items.Select(i => i.Title));
    }

    [Fact]
    public void A_preamble_glued_to_the_subject_in_flattened_text_gives_its_events()
    {
        var flat = "Brussels, 9 November 2026   OUTCOME OF PROCEEDINGS   On: 2 November 2026   To: Delegations   Subject: Summary of the videoconference of the Working Party on Land Transport (Road Safety)   " +
                   "Due to the strike the meeting was held by videoconference. The Presidency announced that the next meeting would take place on 16 November 2026 in Brussels.   " +
                   "1.   Adoption of the agenda   The agenda was adopted by the delegations without changes and the Presidency thanked them.   " +
                   "2.   Tachograph rules   The Commission presented its evaluation of the tachograph rules and several delegations welcomed it warmly.";
        var m = Read(flat + new string(' ', 10) + "The Commission will come back to the evaluation at a later meeting of the Working Party.");

        Assert.Equal("Working Party on Land Transport (Road Safety)", m.Body);
        Assert.Contains(m.Events, e => e.Kind == EventKind.NextMeeting && e.Date == D("2026-11-16"));
    }

    [Fact]
    public void A_subject_ending_in_a_sentence_keeps_only_the_name()
    {
        var m = Read(Top + "To: Delegations\nSubject: Summary of the meeting of the Working Party on Land Transport (Road Safety) held on 2 November 2026. The meeting took place in hybrid format." + Items);

        Assert.Equal("Working Party on Land Transport (Road Safety)", m.Body);
    }

    [Fact]
    public void A_subject_ending_on_the_meeting_date_with_prose_glued_after_it_dates_the_meeting()
    {
        var flat = "Brussels, 20 March 2031   WK 2210/2031 INIT   SUMMARY OF THE INFORMAL VIDEOCONFERENCE   From: General Secretariat of the Council   To: Delegations   " +
                   "Subject: Summary of the informal videoconference of the members of the Working Party on Inland Waterways (WPIW) of 11 March 2031   " +
                   "In line with the temporary derogation from the Rules of Procedure, the meeting was held as an informal videoconference.   " +
                   "1.   Barge safety   The Commission recalled its report of 2 February 2031 on barge safety, which delegations welcomed warmly.   " +
                   "2.   AOB   The Presidency informed delegations that the next videoconference would take place on 25 March 2031.";
        var m = Read(flat);

        Assert.Equal(D("2031-03-11"), m.Date);
        Assert.False(m.DateInferred);
    }

    [Theory]
    [InlineData("Working Party on Land Transport /\nWorking Party on Intermodal Questions", "Working Party on Land Transport")]
    [InlineData("Shipping Working Party /\nLand Transport Working Party", "Shipping Working Party")]
    [InlineData("Working Party on Land Transport (Road Safety) -", "Working Party on Land Transport (Road Safety)")]
    public void A_body_in_to_keeps_its_first_word_and_loses_a_trailing_separator(string to, string body)
    {
        var m = Read(Top + $"To: {to}\nSubject: Summary of discussions" + Items);

        Assert.Equal(body, m.Body);
    }
}
