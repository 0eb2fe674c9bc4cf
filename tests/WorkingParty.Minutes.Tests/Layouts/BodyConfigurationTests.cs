using static WorkingParty.Minutes.Tests.Extraction.ParsedMinutes;

namespace WorkingParty.Minutes.Tests.Layouts;

/// <summary>
/// A body written with a bracketed qualifier and its acronym ("Working Party on Coastal Defence (Export Controls)
/// (COTEX)") keeps both. In flattened text a qualifier is kept before the next header label ("No. prev. doc.:"), and
/// the acronym of a joint meeting's second body that wraps onto the next line of the Subject is part of the name; "the
/// next joint FISH/MARE meeting" is then that body's coming meeting.
/// </summary>
public class BodyConfigurationTests
{
    private const string Items = "\n\n1. Adoption of the agenda\nThe agenda was adopted by the delegations.\n\n2. Card payments\nThe Commission presented the study.";

    private const string FlatItems = "   1.   Adoption of the agenda   The agenda was adopted by the delegations without changes and the Presidency thanked them.   " +
                                     "2.   Card payments   The Commission presented its evaluation of the payment regime and several delegations welcomed it warmly. " +
                                     "DK and the Finnish delegation asked for more data on the fees charged to small retailers, and the Presidency invited delegations to send written comments by 20 March 2031.   " +
                                     "3.   Any other business   The next meeting of the Working Party will take place on 2 April 2031.";

    private static string BodyOf(string to, string subject = "Summary of discussions") =>
        Read($"Brussels, 12 March 2031\nOUTCOME OF PROCEEDINGS\nOn: 4 March 2031\nTo: {to}\nSubject: {subject}{Items}").Body;

    [Fact]
    public void A_body_with_a_qualifier_keeps_the_acronym_after_it() =>
        Assert.Equal("Working Party on Coastal Defence (Export Controls) (COTEX)", BodyOf("Working Party on Coastal Defence (Export Controls) (COTEX)"));

    [Fact]
    public void A_flattened_to_field_keeps_the_qualifier_before_the_next_label()
    {
        var flat = "Council of the European Union   Brussels, 12 March 2031   (OR. en)   6120/31   LIMITE   AGRI 12   OUTCOME OF PROCEEDINGS   From:   General Secretariat   " +
                   "On:   4 March 2031   To:   Working Party on Agricultural Structures (Forests) No. prev. doc.:   5011/31 AGRI 3   Subject:   Proposal for a Regulation on forest monitoring" + FlatItems;

        Assert.Equal("Working Party on Agricultural Structures (Forests)", Read(flat).Body);
    }

    [Fact]
    public void A_joint_subject_keeps_the_second_acronym_wrapped_onto_the_next_line()
    {
        var m = Read("Brussels, 12 March 2031\nSUMMARY RECORD\nOn: 4 March 2031\nTo: Delegations\n" +
                     "Subject: Joint meeting of the Working Party on Fisheries Policy (FISH) and the Working Party on Maritime Affairs\n(MARE)" + Items);

        Assert.EndsWith("Working Party on Maritime Affairs (MARE)", m.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void The_next_joint_meeting_named_by_both_acronyms_is_a_coming_meeting()
    {
        var m = Read("Brussels, 12 March 2031\nSUMMARY RECORD\nOn: 4 March 2031\nTo: Delegations\n" +
                     "Subject: Joint meeting of the Working Party on Fisheries Policy (FISH) and the Working Party on Maritime Affairs\n(MARE)" + Items +
                     "\n\n3. AOB\nThe next joint FISH/MARE meeting will take place on 25 March 2031.");

        Assert.Contains(m.Events, e => e.Kind == Model.EventKind.NextMeeting && e.Date == new DateOnly(2031, 3, 25));
    }
}
