using static WorkingParty.Minutes.Tests.Extraction.ParsedMinutes;

namespace WorkingParty.Minutes.Tests.Layouts;

/// <summary>
/// The body's name as the header gives it: To: before a wrapped Subject, names with hyphens, lower-case starts,
/// bracketed qualifiers and acronyms, bodies that are no Working Party, and nothing of a session, date or place glued on.
/// </summary>
public class BodyNameTests
{
    private const string Items = "\n\n1. Adoption of the agenda\nThe agenda was adopted by the delegations.\n\n2. Seed marketing\nThe Commission presented the study.";

    private static string BodyOf(string to, string subject = "Summary of discussions") =>
        Read($"Brussels, 12 March 2025\nOUTCOME OF PROCEEDINGS\nOn: 4 March 2025\nTo: {to}\nSubject: {subject}{Items}").Body;

    [Fact]
    public void To_names_the_body_whole_where_the_subject_wraps_inside_the_name()
    {
        var m = Read("Brussels, 12 March 2025\nOUTCOME OF PROCEEDINGS\nOn: 4 March 2025\nTo: Working Party on Seeds and Propagating Material (Vegetables)\n" +
                     "Subject: Summary of discussions of the Working Party on Seeds and\n\nPropagating Material (Vegetables)" + Items);

        Assert.Equal("Working Party on Seeds and Propagating Material (Vegetables)", m.Body);
    }

    [Fact]
    public void A_subject_wrapped_inside_a_bracketed_qualifier_keeps_the_qualifier()
    {
        var m = Read("Brussels, 12 March 2025\nOUTCOME OF PROCEEDINGS\nOn: 4 March 2025\nTo: Delegations\n" +
                     "Subject: Summary of discussions of the Working Party on Technical Harmonisation (Lifting\nEquipment) held on 4 March 2025" + Items);

        Assert.Equal("Working Party on Technical Harmonisation (Lifting Equipment)", m.Body);
    }

    [Theory]
    [InlineData("Working Party on Dual-Use Goods")]
    [InlineData("Working Party on e-Justice")]
    [InlineData("Working Party on Shipping (WPS)")]
    [InlineData("Competition and Consumer Policy Working Party")]
    [InlineData("Justice Counsellors (Civil Law)")]
    [InlineData("Fisheries Attachés")]
    [InlineData("Group of Friends of the Presidency (Hybrid Threats)")]
    public void A_body_in_to_is_read_whole(string name) => Assert.Equal(name, BodyOf(name));

    [Fact]
    public void A_body_in_the_subject_is_cut_neither_at_a_hyphen_nor_before_a_lower_case_start()
    {
        Assert.Equal("Working Party on Dual-Use Goods", BodyOf("Delegations", "Summary of discussions of the Working Party on Dual-Use Goods held on 4 March 2025"));
        Assert.Equal("Working Party on e-Justice", BodyOf("Delegations", "Outcome of the meeting of the Working Party on e-Justice on 4 March 2025"));
    }

    [Theory]
    [InlineData("Working Party on Shipping Morning session 10.00-13.00")]
    [InlineData("Working Party on Shipping of 4 March 2025")]
    [InlineData("Brussels Working Party on Shipping")]
    public void No_session_date_or_place_is_glued_onto_the_name(string to) => Assert.Equal("Working Party on Shipping", BodyOf(to));
}
