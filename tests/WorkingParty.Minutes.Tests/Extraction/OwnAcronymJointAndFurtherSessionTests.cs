using WorkingParty.Minutes.Model;
using static WorkingParty.Minutes.Tests.Extraction.ParsedMinutes;

namespace WorkingParty.Minutes.Tests.Extraction;

/// <summary>
/// Our body named by the acronym the Subject brackets after its name (with a bracketed qualifier of its own or not), or by a header code made of its initials (the
/// Council's "CO" before them or not: "COIHN 44" for the Working Party on Inland Harbours and Navigation), each body of
/// a joint meeting written "of the X and of the <Adjective> Working Party on Y", a meeting "tentatively planned", and a
/// "further session" that goes on from another body's session (no meeting of ours).
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
}
