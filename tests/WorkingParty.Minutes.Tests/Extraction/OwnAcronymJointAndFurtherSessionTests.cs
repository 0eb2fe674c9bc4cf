using WorkingParty.Minutes.Model;
using static WorkingParty.Minutes.Tests.Extraction.ParsedMinutes;

namespace WorkingParty.Minutes.Tests.Extraction;

/// <summary>
/// Our body named by the acronym the Subject brackets after its name (with a bracketed qualifier of its own or not), or by a header code made of its initials (the
/// Council's "CO" before them or not: "COIHN 44" for the Working Party on Inland Harbours and Navigation), each body of
/// a joint meeting written "of the X and of the <Adjective> Working Party on Y", a meeting "tentatively planned", and a
/// "further session" that goes on from another body's session (no meeting of ours). Our body named by a header code that
/// begins its name's first word ("HARB 12" for the Working Party on Harbours) or joins the first two letters of its words
/// ("RILA 7" for Rivers/Lakes), in any case and with "WP" after it; a joint meeting's note "(Joint A/B)" naming the
/// meeting and each body; "the meetings of the Working Party in 2039 would take place on"; "the following further
/// dates" after our next meeting.
/// </summary>
public class OwnAcronymJointAndFurtherSessionTests
{
    private static Meeting Minutes(string header, string aob) =>
        Read($"{header}1. Quay tariffs\n\nThe Commission presented its study.\n\n2. AOB\n\n{aob}");

    private static List<DateOnly> NextMeetings(Meeting m) =>
        m.Events.Where(e => e.Kind == EventKind.NextMeeting && e.Status != "cancelled").Select(e => e.Date).Order().ToList();

    private const string Plain =
        "Brussels, 20 October 2038\nOUTCOME OF PROCEEDINGS\nOn: 11 October 2038\nTo: Working Party on Inland Harbours\n"
        + "Subject: Outcome of the meeting of the Working Party on Inland Harbours (PORTEX)\n\n";

    private const string Joint =
        "Brussels, 20 October 2038\nSUMMARY RECORD\nTo: Delegations\n"
        + "Subject: Summary of the joint meeting of the Working Party on Inland Harbours and of the Standing Working Party\n"
        + "on Barge Safety (Joint HARB/Barge), held on 11 October 2038\n\n";

    [Theory]
    [InlineData("The next meeting of the PORTEX is to be held on 2 November 2038, under the new Presidency.")]
    [InlineData("The Chair said that the next PORTEX meeting would take place on 2 November.")]
    [InlineData("The Chair said that the next PORTEX (Inland Harbours) meeting would take place on 2 November.")]
    public void Our_acronym_bracketed_after_our_name_in_the_subject_names_our_meeting(string sentence)
    {
        Assert.Equal([D("2038-11-02")], NextMeetings(Minutes(Plain, sentence)));
    }

    [Fact]
    public void Each_body_of_a_joint_meeting_named_in_the_to_field_is_ours_by_its_bracketed_acronym()
    {
        var header = "Brussels, 20 October 2038\nOUTCOME OF PROCEEDINGS\nOn: 11 October 2038\n"
            + "To: Joint meeting of the Working Party on Inland Harbours (PORTEX) and the Working Party on Barge Safety\n"
            + "Subject: Joint PORTEX/Barge Safety meeting\n\n";

        Assert.Equal([D("2038-11-02"), D("2038-11-19")], NextMeetings(Minutes(header,
            "The next joint meeting will take place on 19 November 2038. PORTEX will meet separately on 2 November.")));
    }

    private static string Coded(string code) =>
        $"Brussels, 20 October 2038\n(OR. en)\n14402/38\nLIMITE\n{code} 44\nCOPS 310\nSUMMARY OF DISCUSSIONS\nFrom: General Secretariat of the Council\n"
        + "To: Delegations\nSubject: Summary of discussions of the Working Party on Inland Harbours and Navigation held on 11 October 2038\n\n";

    [Theory]
    [InlineData("COIHN", "The Chair informed delegations that the COIHN meeting initially scheduled for 26 October was postponed to 2 November.")]
    [InlineData("IHN", "The IHN meeting planned for 26 October has been moved to 2 November.")]
    public void A_header_code_made_of_our_initials_names_our_meeting(string code, string sentence)
    {
        Assert.Equal([D("2038-11-02")], NextMeetings(Minutes(Coded(code), sentence)));
    }

    [Fact]
    public void Another_header_code_stays_another_bodys_meeting()
    {
        Assert.Empty(NextMeetings(Minutes(Coded("COIHN"), "The COPS meeting initially scheduled for 26 October was postponed to 2 November.")));
    }

    [Fact]
    public void Another_bodys_acronym_stays_another_bodys_meeting()
    {
        Assert.Empty(NextMeetings(Minutes(Plain, "The next meeting of the CCNR is to be held on 2 November 2038.")));
    }

    [Theory]
    [InlineData("Working Party on Inland Harbours")]
    [InlineData("Standing Working Party on Barge Safety")]
    public void Each_body_of_a_joint_meeting_is_ours(string body)
    {
        var m = Minutes(Joint, $"PT (incoming Presidency) said that the first meeting of the {body} under its Presidency was provisionally planned for 2 November 2038.");

        Assert.Equal([D("2038-11-02")], NextMeetings(m));
    }

    [Theory]
    [InlineData("The Commission reported on the third session of the Intergovernmental Panel on River Basins. A further session was expected in the first half of 2039.")]
    [InlineData("The UNECE committee had met in Geneva. A further plenary session would follow in March 2039.")]
    public void A_further_session_is_no_meeting_of_ours(string sentence)
    {
        Assert.Empty(NextMeetings(Minutes(Plain, sentence)));
    }

    [Fact]
    public void A_further_meeting_of_ours_stays_a_next_meeting()
    {
        Assert.Equal([D("2038-11-02")], NextMeetings(Minutes(Plain, "A further meeting has been provisionally set for 2 November 2038.")));
    }

    [Theory]
    [InlineData("NL (incoming Presidency) informed delegations that meetings of the Working Party were planned on 2 November and 16 November 2038.")]
    [InlineData("NL (incoming Presidency) informed delegations that meetings of the Inland Harbours Working Party were planned in 2038 on 2 November and 16 November.")]
    [InlineData("The Netherlands (future Presidency) said that meetings of the Working Party on Inland Harbours were scheduled on 2 November and 16 November.")]
    public void A_delegation_bracketed_as_the_incoming_presidency_announces_our_meetings(string sentence)
    {
        Assert.Equal([D("2038-11-02"), D("2038-11-16")], NextMeetings(Minutes(Plain, sentence)));
    }

    private static string Coded(string code, string body) =>
        $"Brussels, 20 October 2038\n(OR. en)\n14402/38\nLIMITE\n{code}\nCOPS 310\nSUMMARY OF DISCUSSIONS\nFrom: General Secretariat of the Council\n"
        + $"On: 11 October 2038\nTo: Delegations\nSubject: Summary of discussions of the {body}\n\n";

    [Theory]
    [InlineData("HARB 12", "Working Party on Harbours", "The Chair said that the next meeting of the Harb Working Party would take place on 2 November.")]
    [InlineData("RILA 7", "Working Party on the Rivers/Lakes", "The Chair said that the next meeting of the RiLa Working Party would take place on 2 November.")]
    public void A_header_code_beginning_our_name_names_our_meeting(string code, string body, string sentence)
    {
        Assert.Equal([D("2038-11-02")], NextMeetings(Minutes(Coded(code, body), sentence)));
    }

    [Fact]
    public void Our_first_meetings_under_the_next_term_named_by_our_code_and_wp_are_our_next_meetings()
    {
        var m = Minutes(Coded("HARB 12", "Working Party on Harbours"),
            "The incoming Presidency informed delegations that the first meetings of the HARB WP under its term were tentatively scheduled for 14 January and 28 January.");

        Assert.Equal([D("2039-01-14"), D("2039-01-28")], NextMeetings(m));
    }

    [Fact]
    public void A_code_that_begins_no_word_of_our_name_stays_another_bodys()
    {
        Assert.Empty(NextMeetings(Minutes(Coded("HARB 12", "Working Party on Harbours"), "The next meeting of the COPS Working Party would take place on 2 November.")));
    }

    private const string JointByNote =
        "Brussels, 20 October 2038\nOUTCOME OF PROCEEDINGS\nFrom:\nOn:\nTo:\nSubject:\nGeneral Secretariat of the Council\n11 October 2038\nJoint RiV/LAK\n"
        + "Joint meeting of the Working Party on Rivers and the Working Party on Lakes\n\n";

    [Theory]
    [InlineData("The Chairs informed delegations that the next joint RiV/LAK meeting would take place on 2 November 2038.")]
    [InlineData("The LAK will meet alone on 2 November.")]
    public void A_short_name_of_the_joint_meetings_note_names_our_meeting(string sentence)
    {
        Assert.Equal([D("2038-11-02")], NextMeetings(Minutes(JointByNote, sentence)));
    }

    private const string ToHarbours =
        "Brussels, 20 October 2038\nOUTCOME OF PROCEEDINGS\nOn: 11 October 2038\nTo: Working Party on Harbours\nSubject: Outcome of proceedings\n\n";

    [Fact]
    public void The_meetings_of_the_working_party_in_a_year_that_would_take_place_are_our_next_meetings()
    {
        var m = Minutes(ToHarbours, "The Presidency informed delegations that the meetings of the Working Party in 2039 would take place on 12 January, 9 February and 16 March.");

        Assert.Equal([D("2039-01-12"), D("2039-02-09"), D("2039-03-16")], NextMeetings(m));
    }

    [Fact]
    public void Further_dates_after_our_next_meeting_are_our_next_meetings_too()
    {
        var m = Minutes(ToHarbours, "The next meeting of the Working Party will take place on 18 January. The incoming Presidency indicated the following further dates in 2039: 15 February, 8 March and 5 April.");

        Assert.Equal([D("2039-01-18"), D("2039-02-15"), D("2039-03-08"), D("2039-04-05")], NextMeetings(m));
    }
}
