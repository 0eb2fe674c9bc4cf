using static WorkingParty.Minutes.Tests.Extraction.ParsedMinutes;

namespace WorkingParty.Minutes.Tests.Layouts;

/// <summary>
/// The header's values are read before anything the text says: an On: value followed by its session's hours, a
/// "Meeting on:" label and an "of:" label before the body's name, a body's name wrapped over two lines of a column of
/// values, a joint meeting whose first body has a configuration and a body with two brackets.
/// </summary>
public class HeaderValuesReadBeforeTheTextTests
{
    private const string Items = "\n\n1. Adoption of the agenda\nThe agenda was adopted.\n\n2. Pilotage fees\n" +
        "The Chair recalled the discussion of 2 June 2033. Delegations were invited to send comments by 30 June 2033.";

    [Fact]
    public void An_On_value_followed_by_its_hours_is_the_meeting_date()
    {
        var m = Read("Brussels, 20 June 2033\nOUTCOME OF PROCEEDINGS\nFrom:\nGeneral Secretariat of the Council\nTo:\nDelegations\nOn:\n" +
            "14 June 2033 (14.30 - 18.00)\nSubject:\nJoint meeting of the Working Party on Pilotage and the Working Party on Harbours" + Items);

        Assert.Equal(D("2033-06-14"), m.Date);
        Assert.False(m.DateInferred);
    }

    [Theory]
    [InlineData("SUMMARY RECORD\nof the meeting of the\nWorking Party on Harbours\nheld on\n14 June 2033 (10.00 - 13.00)")]
    [InlineData("SUMMARY RECORD\nof\nWorking Party on Harbours\non\n14 June 2033 (10.00 - 13.00)\nSubject:\nSummary of discussions")]
    public void A_date_with_its_hours_after_an_on_line_of_its_own_is_the_meeting_date(string header)
    {
        var m = Read("Brussels, 20 June 2033\n" + header + Items);

        Assert.Equal(D("2033-06-14"), m.Date);
        Assert.False(m.DateInferred);
    }

    [Fact]
    public void A_Meeting_on_label_gives_the_date_and_an_of_label_the_body()
    {
        var m = Read("Brussels, 20 June 2033\nSUMMARY RECORD\nof:\nWorking Party on Harbours (Pilotage)\nMeeting on:\n14 June 2033\n" +
            "Subject:\nSummary record of the meeting" + Items);

        Assert.Equal(D("2033-06-14"), m.Date);
        Assert.False(m.DateInferred);
        Assert.Equal("Working Party on Harbours (Pilotage)", m.Body);
    }

    [Fact]
    public void A_body_wrapped_over_two_lines_of_a_column_of_values_is_whole()
    {
        var m = Read("Brussels, 20 June 2033\nOUTCOME OF PROCEEDINGS\nFrom:\nOn:\nTo:\nSubject:\nGeneral Secretariat of the Council\n14 June 2033\n" +
            "Working Party on Harbours, Pilotage, Towage and Mooring of\nVessels\nSummary of discussions" + Items);

        Assert.Equal("Working Party on Harbours, Pilotage, Towage and Mooring of Vessels", m.Body);
        Assert.Equal(D("2033-06-14"), m.Date);
    }

    [Fact]
    public void A_joint_meeting_whose_first_body_has_a_configuration_is_of_both_bodies()
    {
        var m = Read("Brussels, 20 June 2033\nOUTCOME OF PROCEEDINGS\nFrom: General Secretariat of the Council\nOn: 14 June 2033\nTo: Delegations\n" +
            "Subject: Joint meeting of the Working Party on Harbours (Pilotage) and the Working Party on Lighthouses" + Items);

        Assert.Contains("Working Party on Harbours (Pilotage)", m.Body);
        Assert.Contains("Working Party on Lighthouses", m.Body);
    }

    [Fact]
    public void A_body_with_an_acronym_and_a_configuration_keeps_both_brackets()
    {
        var m = Read("Brussels, 20 June 2033\nOUTCOME OF PROCEEDINGS\nFrom: General Secretariat of the Council\nOn: 14 June 2033\n" +
            "To: Working Party on Harbour Services (HARB) (Pilotage)\nSubject: Summary of discussions" + Items);

        Assert.Equal("Working Party on Harbour Services (HARB) (Pilotage)", m.Body);
    }
}
