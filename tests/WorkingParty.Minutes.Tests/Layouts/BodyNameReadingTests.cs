using static WorkingParty.Minutes.Tests.Extraction.ParsedMinutes;

namespace WorkingParty.Minutes.Tests.Layouts;

/// <summary>
/// The body's name as the header writes it out wins over a classification code that happens to be another body's
/// alias; a qualifier before "Committee" stays; a short name before "(full name)" stays with it; a To: wrapped over two
/// printed lines is read whole, also when the first body's name ends in a "(qualifier)". A full name the To: or Subject: field
/// writes out before a known body's bracketed acronym is kept as written, with the known body's slug; the known name stays
/// when the field writes it, with or without a qualifier.
/// </summary>
public class BodyNameReadingTests
{
    private const string Items = "\n\n1. Adoption of the agenda\nThe agenda was adopted.\n\n2. Rail freight corridors\nThe Commission presented its report.";

    [Theory]
    [InlineData("Rail Freight Steering Group")]
    [InlineData("Advisory Committee on Rail Freight")]
    public void A_code_that_is_another_bodys_alias_does_not_beat_the_name_in_the_subject(string name)
    {
        var m = Read("Council of the European Union\nBrussels, 9 October 2029\n(OR. en)\n12345/29\nLIMITE\nGENVAL 77\nTRANS 410\n" +
            $"OUTCOME OF PROCEEDINGS\nFrom: General Secretariat of the Council\nOn: 2 October 2029\nTo: Delegations\nSubject: Summary of the {name} (RFSG) meeting" + Items);

        Assert.StartsWith(name, m.Body);
    }

    [Theory]
    [InlineData("Standing Committee on Rail Safety")]
    [InlineData("Technical Coordination Committee for Rail Safety")]
    public void A_qualifier_before_committee_is_part_of_the_name(string name)
    {
        var m = Read($"Brussels, 9 October 2029\nOUTCOME OF PROCEEDINGS\nOn: 2 October 2029\nTo: Delegations\nSubject: Outcome of the meeting of the {name} held on 2 October 2029" + Items);

        Assert.Equal(name, m.Body);
    }

    [Fact]
    public void A_short_name_before_the_bracketed_full_name_is_kept_and_brackets_balance()
    {
        var m = Read("Brussels, 9 October 2029\nOUTCOME OF PROCEEDINGS\nOn: 2 October 2029\nTo: Delegations\nSubject: Summary of the Rail Safety Network (Working Party on Railway Safety)" + Items);

        Assert.Equal("Rail Safety Network (Working Party on Railway Safety)", m.Body);
    }

    [Fact]
    public void A_joint_body_in_to_wrapped_over_two_printed_lines_is_read_whole()
    {
        var m = Read("Brussels, 9 October 2029\n\nOUTCOME OF PROCEEDINGS\n\nOn: 2 October 2029\n\nTo: Working Party on Land Transport and\n\nWorking Party on Railway Safety\n\nSubject: Summary of discussions" + Items);

        Assert.Equal("Working Party on Land Transport and Working Party on Railway Safety", m.Body);
    }

    [Fact]
    public void A_joint_body_whose_first_name_ends_in_a_qualifier_is_read_whole()
    {
        var m = Read("Brussels, 9 October 2029\n\nOUTCOME OF PROCEEDINGS\n\nOn: 2 October 2029\n\nTo: Joint meeting of the Working Party on Land Transport, Logistics and Ports\n(Ports) and the Working Party on Railway Safety\n\nSubject: Summary of discussions" + Items);

        Assert.Equal("Working Party on Land Transport, Logistics and Ports (Ports) and the Working Party on Railway Safety", m.Body);
    }

    [Theory]
    [InlineData("Working Party on Counter-Terrorism Policy (TWP)", "Working Party on Counter-Terrorism Policy (TWP)")]
    [InlineData("Law Enforcement Working Party (Customs)", "Law Enforcement Working Party (Customs)")]
    [InlineData("Working Party on Terrorism (TWP)", "Working Party on Terrorism")]
    [InlineData("TWP", "Working Party on Terrorism")]
    [InlineData("Terrorism Working Party (TWP)", "Terrorism Working Party (TWP)")]
    [InlineData("Terrorism Working Party", "Terrorism Working Party")]
    public void A_name_written_out_in_to_is_kept_beside_a_known_alias(string to, string body)
    {
        var m = Read($"Brussels, 14 March 2031\nOUTCOME OF PROCEEDINGS\nFrom: General Secretariat of the Council\nOn: 4 March 2031\nTo: {to}\nSubject: Summary of discussions" + Items);

        Assert.Equal(body, m.Body);
    }

    [Theory]
    [InlineData("Law Enforcement Working Party (Customs)", "lewp-customs")]
    [InlineData("Law Enforcement Working Party", "lewp")]
    public void A_known_body_s_configuration_is_a_body_of_its_own(string to, string slug)
    {
        var m = Read($"Brussels, 14 March 2031\nOUTCOME OF PROCEEDINGS\nFrom: General Secretariat of the Council\nOn: 4 March 2031\nTo: {to}\nSubject: Summary of discussions" + Items);

        Assert.Equal((to, slug), (m.Body, m.Id[11..]));
    }

    [Fact]
    public void A_full_name_before_a_known_acronym_in_the_subject_is_kept()
    {
        var m = Read("Brussels, 14 March 2031\nOUTCOME OF PROCEEDINGS\nFrom: General Secretariat of the Council\nOn: 4 March 2031\nTo: Delegations\nSubject: Summary of the meeting of the Working Party on Maritime Security Threats (TWP) on 4 March 2031" + Items);

        Assert.Equal(("Working Party on Maritime Security Threats (TWP)", "twp"), (m.Body, m.Id[11..]));
    }
}
