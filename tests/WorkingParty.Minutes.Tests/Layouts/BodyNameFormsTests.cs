using static WorkingParty.Minutes.Tests.Extraction.ParsedMinutes;

namespace WorkingParty.Minutes.Tests.Layouts;

/// <summary>
/// Body names as the header writes them: a Subject or To: that wraps after "and" goes on over the next line though that
/// line names the kind of record; a field that is nothing but a name keeps its small words ("Code of Practice Group") and
/// its number ("Article 17 Committee"); a joint meeting "of the members of A and of B"; a known body's configuration as written, or
/// after a short name by the body's full name (never by a later, longer name); a configuration followed by another addressee keeps its bracket. The kind of record a preamble
/// mentions in passing ("a summary of the videoconference") gives way to the Subject's, and so does a heading's kind that leaves out the
/// videoconference its line names ("INFORMAL VIDEOCONFERENCE - SUMMARY OF DISCUSSIONS") when the Subject's names it.
/// </summary>
public class BodyNameFormsTests
{
    private const string Items = "\n\n1. Adoption of the agenda\nThe agenda was adopted by the delegations.\n\n2. Harbour fees\nThe Commission presented the study.";

    private static Model.Meeting Minutes(string to, string subject) =>
        Read($"Brussels, 19 June 2036\nOUTCOME OF PROCEEDINGS\nFrom: General Secretariat of the Council\nTo: {to}\nSubject: {subject}{Items}");

    [Fact]
    public void A_subject_wrapped_after_and_goes_on_over_a_line_that_names_the_kind_of_record()
    {
        var m = Minutes("Delegations", "Informal videoconference of the members of the Working Party on Harbour Dues and\nEstuaries held on 9 June 2036 – Summary of discussions");

        Assert.Equal(("Working Party on Harbour Dues and Estuaries", new DateOnly(2036, 6, 9)), (m.Body, m.Date));
    }

    [Theory]
    [InlineData("Delegations", "Code of Practice Group (Tariff Shifting)", "Code of Practice Group (Tariff Shifting)")]
    [InlineData("Code of Practice Group (Tariff Shifting)", "Summary record of 9 June 2036", "Code of Practice Group (Tariff Shifting)")]
    [InlineData("Article 17 Committee", "Outcome of proceedings of the Article 17 Committee (ART17) meeting held on 9 June 2036", "Article 17 Committee")]
    public void A_name_with_small_words_or_a_number_is_read_whole(string to, string subject, string body) =>
        Assert.Equal(body, Minutes(to, subject).Body);

    [Fact]
    public void A_joint_meeting_of_the_members_of_one_body_and_of_another_is_both()
    {
        var m = Minutes("Working Party on Reefs (REEF)\nWorking Party on Tides",
            "Summary of the informal videoconference of the members of the Working Party on Reefs and of the Working Party on Tides (joint REEF/Tides meeting) held on 9 June 2036");

        Assert.Equal("Working Party on Reefs and the Working Party on Tides", m.Body);
    }

    [Theory]
    [InlineData("Working Party on Financial Services (Pensions)", "Working Party on Financial Services (Pensions)")]
    [InlineData("LEWP (Customs)", "Law Enforcement Working Party (Customs)")]
    public void A_known_body_s_configuration_is_named_as_written_or_after_a_short_name_by_the_body_s_full_name(string to, string body) =>
        Assert.Equal(body, Minutes(to, "Summary of discussions").Body);

    [Fact]
    public void A_configuration_followed_by_another_addressee_keeps_its_bracket() =>
        Assert.Equal("Working Party on Tides (Estuaries)", Minutes("Working Party on Tides (Estuaries)\nMixed Committee (EU-Norway)", "Summary record").Body);

    [Fact]
    public void The_kind_is_the_subject_s_rather_than_one_the_preamble_mentions_in_passing()
    {
        var m = Read("Brussels, 19 June 2036\nWORKING DOCUMENT\nFrom: General Secretariat of the Council\nTo: Delegations\n"
            + "Subject: Informal videoconference of the members of the Working Party on Harbour Dues and\nEstuaries held on 9 June 2036 – Summary of discussions\n\n"
            + "Delegations will find below a summary of the informal videoconference of the members of the Working Party." + Items);

        Assert.Equal("Summary of discussions", m.Header.Kind);
    }

    [Theory]
    [InlineData("INFORMAL VIDEOCONFERENCE - SUMMARY OF DISCUSSIONS", "Summary of the informal videoconference of the members of the Working Party on Harbour Dues held on 9 June 2036", "Summary of the informal videoconference")]
    [InlineData("INFORMAL VIDEOCONFERENCE - SUMMARY OF DISCUSSIONS", "Working Party on Harbour Dues, 9 June 2036", "SUMMARY OF DISCUSSIONS")]
    [InlineData("SUMMARY OF DISCUSSIONS", "Summary of the informal videoconference of the members of the Working Party on Harbour Dues held on 9 June 2036", "SUMMARY OF DISCUSSIONS")]
    public void A_heading_s_kind_leaving_out_the_videoconference_its_line_names_gives_way_to_the_subject_s_naming_it(string heading, string subject, string kind) =>
        Assert.Equal(kind, Read($"Brussels, 19 June 2036\n{heading}\nFrom: General Secretariat of the Council\nTo: Delegations\nSubject: {subject}{Items}").Header.Kind);
}
