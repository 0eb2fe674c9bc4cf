using static WorkingParty.Minutes.Tests.Extraction.ParsedMinutes;

namespace WorkingParty.Minutes.Tests.Layouts;

/// <summary>A To: field "Joint A / B" names a joint meeting of both bodies; "A / B" without "Joint" still names A, the one that met.</summary>
public class JointAddresseeTests
{
    private const string Items = "\n1.\nAdoption of the agenda\nThe agenda was adopted.\n2.\nFish welfare\nThe Commission presented its study.";

    private static string Minutes(string to) =>
        "Brussels, 3 May 2041\n(OR. en)\n8812/41\nSUMMARY RECORD\nFrom:\nOn:\nTo:\nSubject:\nGeneral Secretariat of the Council\n24 April 2041\n" +
        to + "\nSummary record of the meeting" + Items;

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
}
