using static WorkingParty.Minutes.Tests.Extraction.ParsedMinutes;

namespace WorkingParty.Minutes.Tests.Layouts;

/// <summary>
/// A To: field "Joint A / B" names a joint meeting of both bodies; "A / B" without "Joint" still names A, the one that met.
/// "Joint A/B" of two short names is the joint meeting too, never the known body one of them names: the full names the
/// Subject writes, with the note "(Joint A/B)" so either short name finds it.
/// </summary>
public class JointAddresseeTests
{
    private const string Items = "\n1.\nAdoption of the agenda\nThe agenda was adopted.\n2.\nFish welfare\nThe Commission presented its study.";

    private static string Minutes(string to, string subject = "Summary record of the meeting") =>
        "Brussels, 3 May 2041\n(OR. en)\n8812/41\nSUMMARY RECORD\nFrom:\nOn:\nTo:\nSubject:\nGeneral Secretariat of the Council\n24 April 2041\n" +
        to + "\n" + subject + Items;

    [Fact]
    public void Joint_before_two_bodies_parted_by_a_slash_names_both()
    {
        Assert.Equal("Aquaculture Working Party and Working Party on Animal Welfare", Read(Minutes("Joint Aquaculture Working Party / Working Party on Animal Welfare")).Body);
    }

    [Fact]
    public void Two_bodies_parted_by_a_slash_without_joint_name_the_first()
    {
        Assert.Equal("Aquaculture Working Party", Read(Minutes("Aquaculture Working Party / Working Party on Animal Welfare")).Body);
    }

    [Fact]
    public void Joint_before_two_short_names_keeps_both_with_the_full_names_the_subject_writes()
    {
        var m = Read(Minutes("Joint ORCH/FLUTE", "Joint meeting of the Working Party on Orchards and the Working Party on Flutes (Wind Aspects)"));

        Assert.Equal("Working Party on Orchards and the Working Party on Flutes (Wind Aspects) (Joint ORCH/FLUTE)", m.Body);
    }

    [Fact]
    public void Joint_before_two_short_names_joins_the_full_names_the_subject_writes_apart()
    {
        var m = Read(Minutes("Joint ORCH/FLUTE", "Summary of the videoconference of the members of the Working Party on Orchards (ORCH) and of the Working Party on Flutes (FLUTE) held on 24 April 2041"));

        Assert.Equal("Working Party on Orchards (ORCH) and Working Party on Flutes (FLUTE) (Joint ORCH/FLUTE)", m.Body);
    }

    [Fact]
    public void Joint_before_two_short_names_is_not_the_known_body_one_of_them_names()
    {
        var m = Read(Minutes("Joint TWP/FLUTE", "Videoconference of the members of TWP and FLUTE (Joint TWP/FLUTE)"));

        Assert.Equal("Joint TWP/FLUTE", m.Body);
    }
}
