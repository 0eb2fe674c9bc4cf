using static WorkingParty.Minutes.Tests.Extraction.ParsedMinutes;

namespace WorkingParty.Minutes.Tests.Extraction;

/// <summary>
/// A header with no On: field still dates the meeting when it says it elsewhere: flattened onto one line with the bare
/// labels "of" and "on" before their values ("OUTCOME OF PROCEEDINGS of Working Party on Reed Beds on 6 March 2036
/// Subject : ..."), or in a Subject wrapped over two lines with the date on the continuation line.
/// </summary>
public class HeaderDateWithoutOnFieldTests
{
    [Fact]
    public void A_flattened_header_with_lower_case_labels_gives_the_date_after_on()
    {
        var m = Read("Council of the European Union  Brussels, 13 March 2036  (OR. en)  7711/36  LIMITE  AGRI 41  OUTCOME OF PROCEEDINGS  " +
            "of Working Party on Reed Beds on 6 March 2036  Subject : Summary record of the meeting  1.  Adoption of the agenda  " +
            "The agenda was adopted as set out in document CM 1201/36.  2.  Wetland survey  The Commission presented its survey of " +
            "2 February 2036 on the state of reed beds along the coasts of the Union. Several delegations welcomed the survey and asked " +
            "for more data on the northern estuaries. The Chair invited delegations to send written comments by 27 March 2036.  " +
            "3.  Restoration guidelines  The Presidency presented its draft guidelines on the restoration of wetlands. Delegations " +
            "broadly supported the approach, while some asked for more flexibility for small holdings.  4.  Any other business  " +
            "The next meeting will take place on 10 April 2036.");

        Assert.False(m.DateInferred);
        Assert.Equal(D("2036-03-06"), m.Date);
    }

    [Fact]
    public void A_subject_wrapped_over_two_lines_gives_the_date_on_its_continuation_line()
    {
        var m = Read("Brussels, 30 June 2036\nNOTE\nFrom:\tGeneral Secretariat of the Council\nTo:\tDelegations\n" +
            "Subject:\tInformal videoconference of the members of the Working Party on Reed Beds\n\t(Estuaries) on 9 June 2036 \u2013 Summary of discussions\n\n" +
            "The members of the Working Party met instead in an informal videoconference on 9 June 2036.\n\n" +
            "1. Wetland survey\nThe Commission recalled its survey of 28 April 2036. Comments were invited by 25 July 2036.");

        Assert.False(m.DateInferred);
        Assert.Equal(D("2036-06-09"), m.Date);
    }

    [Fact]
    public void An_opening_sentence_saying_the_members_met_in_a_videoconference_on_a_date_dates_the_meeting()
    {
        var m = Read("Brussels, 30 June 2036\nNOTE\nFrom:\tGeneral Secretariat of the Council\nTo:\tDelegations\n" +
            "Subject:\tSummary of discussions of the members of the Working Party on Reed Beds\n\n" +
            "The members of the Working Party met instead in an informal videoconference on 9 June 2036.\n\n" +
            "1. Wetland survey\nThe Commission recalled its survey of 28 April 2036. Comments were invited by 25 July 2036.");

        Assert.False(m.DateInferred);
        Assert.Equal(D("2036-06-09"), m.Date);
    }
}
