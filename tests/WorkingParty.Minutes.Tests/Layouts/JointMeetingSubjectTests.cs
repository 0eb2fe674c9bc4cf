using static WorkingParty.Minutes.Tests.Extraction.ParsedMinutes;

namespace WorkingParty.Minutes.Tests.Layouts;

/// <summary>
/// A Subject that tells a joint meeting of two bodies names the body that met: both, whatever the To: field lists; a Subject wrapped before its date goes on to the date, and ends there.
/// </summary>
public class JointMeetingSubjectTests
{
    private const string Items = "\n1.\nAdoption of the agenda\nThe agenda was adopted.\n2.\nFish welfare\nThe Commission presented its study.";

    private static string Minutes(string to, string subject, string on = "24 April 2041") =>
        $"Brussels, 3 May 2041\n(OR. en)\n8812/41\nSUMMARY RECORD\nFrom: General Secretariat of the Council\nOn: {on}\nTo: {to}\nSubject: {subject}{Items}";

    [Fact]
    public void The_joint_meeting_of_two_working_parties_is_both_whatever_the_to_field_lists()
    {
        var m = Read(Minutes("Working Party on Orchards  Working Party on Flutes",
            "Summary of discussions of the joint meeting of the Working Party on Orchards and the Working Party on Flutes (Joint ORCH/FLUTE)"));

        Assert.Equal("Working Party on Orchards and the Working Party on Flutes (Joint ORCH/FLUTE)", m.Body);
    }

    [Fact]
    public void A_joint_short_name_before_the_members_of_a_group_and_a_committee_is_their_joint_meeting()
    {
        var m = Read(Minutes("Delegations",
            "Joint REEF/TIDE: summary of the videoconference of the members of the Reef-Keeping Group and the Committee for Tidal Aspects of Coastal Management held on 24 April 2041"));

        Assert.Equal("Reef-Keeping Group and the Committee for Tidal Aspects of Coastal Management (Joint REEF/TIDE)", m.Body);
    }

    [Fact]
    public void A_joint_meeting_with_a_body_whose_words_are_parted_by_a_slash_is_their_joint_meeting()
    {
        var m = Read(Minutes("Delegations",
            "Summary of discussions of the joint meeting of the Working Party on Orchards (ORCH) and the Pipes/Flutes Working Party (PiFl) held on 24 April 2041"));

        Assert.Equal("Working Party on Orchards (ORCH) and the Pipes/Flutes Working Party (PiFl)", m.Body);
    }

    [Fact]
    public void Two_bodies_of_the_meeting_the_subject_notes_as_joint_after_their_names_are_their_joint_meeting()
    {
        var text = "Brussels, 3 May 2041\nWK 4410/2041\nWORKING DOCUMENT\nFrom:\nGeneral Secretariat of the Council\nTo:\nOrchard Working Party\n"
            + "Working Party on Flutes\nSubject:\nSummary of the informal videoconference of the members of the Orchard Working Party\n"
            + "and the Working Party on Flutes (Joint OWP/WPF) of 24 April 2041" + Items;

        var m = Read(text);

        Assert.Equal("Orchard Working Party and the Working Party on Flutes (Joint OWP/WPF)", m.Body);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\n\n")]
    public void A_subject_wrapped_inside_a_name_goes_on_to_its_date_and_ends_there(string lineBreak)
    {
        var text = "Brussels, 3 May 2041\n(OR. en)\n8812/41\nOUTCOME OF PROCEEDINGS\nfrom:\nItalian Presidency\nto:\nDelegations\nSubject:\n"
            + $"Joint meeting of the Working Party on Orchards (ORCH) and the Working{lineBreak}Party on Flutes, 22 April 2041{lineBreak}Joint ORCH/Flutes"
            + "\n1.\nAdoption of the agenda\nThe agenda was adopted. The Chair recalled the study of 2 April 2041.";

        var m = Read(text);

        Assert.Equal((D("2041-04-22"), "Working Party on Orchards (ORCH) and the Working Party on Flutes"), (m.Date, m.Body));
    }
}
