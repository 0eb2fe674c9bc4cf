using static WorkingParty.Minutes.Tests.Extraction.ParsedMinutes;

namespace WorkingParty.Minutes.Tests.Layouts;

/// <summary>
/// The outcome of a working party's meeting addressed to the committee it reports to (To: a committee, Subject: the
/// working party): the working party met, not the committee; a committee's own minutes, whose Subject names no working
/// party, and a working party bracketed under its committee in To: stay as To: names them.
/// </summary>
public class WorkingPartyReportingToCommitteeTests
{
    private const string Items = "\n\n1. Adoption of the agenda\nThe agenda was adopted.\n\n2. Oyster beds\nThe Commission presented the study.";

    private static string BodyOf(string to, string subject) =>
        Read($"Brussels, 12 March 2025\nOUTCOME OF PROCEEDINGS\nOn: 4 March 2025\nTo: {to}\nSubject: {subject}{Items}").Body;

    [Theory]
    [InlineData("Working Party on Shellfish (Oysters) – outcome of the meeting")]
    [InlineData("Outcome of the meeting of the Working Party on Shellfish (Oysters)")]
    public void The_working_party_the_subject_names_met_not_the_committee_addressed(string subject) =>
        Assert.Equal("Working Party on Shellfish (Oysters)", BodyOf("Special Committee on Fisheries", subject));

    [Fact]
    public void A_committee_whose_subject_names_no_working_party_met() =>
        Assert.Equal("Special Committee on Fisheries", BodyOf("Special Committee on Fisheries", "Outcome of proceedings"));

    [Fact]
    public void A_committee_addressed_with_a_working_party_stays_as_to_names_it() =>
        Assert.Equal(BodyOf("Special Committee on Fisheries; Shellfish Working Party", "Outcome of proceedings"),
            BodyOf("Special Committee on Fisheries; Shellfish Working Party", "Summary of the videoconference of the Shellfish Working Party (informal)"));

    [Fact]
    public void A_working_party_bracketed_under_its_committee_stays_as_to_names_it() =>
        Assert.Equal("Fisheries Policy Committee (Shellfish Working Party)",
            BodyOf("Fisheries Policy Committee (Shellfish Working Party)", "Shellfish Working Party (SHWP)"));
}
