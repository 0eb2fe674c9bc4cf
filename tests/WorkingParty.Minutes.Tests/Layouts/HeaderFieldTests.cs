using WorkingParty.Minutes.Extraction;
using WorkingParty.Minutes.Model;
using WorkingParty.Minutes.Reading;
using static WorkingParty.Minutes.Tests.Extraction.ParsedMinutes;

namespace WorkingParty.Minutes.Tests.Layouts;

/// <summary>Header fields as real headers hold them: labels nobody listed, lower-case labels in flattened text, a body
/// name with commas, and a meeting date never inferred from a date years before the issue.</summary>
public class HeaderFieldTests
{
    private const string Items = "\n\n1. Adoption of the agenda\nThe agenda was adopted by the delegations.\n\n2. Port reception facilities\nThe Commission presented the study.";

    [Fact]
    public void An_unlisted_label_in_the_label_column_keeps_the_values_in_their_places()
    {
        var m = Read("Brussels, 12 March 2025\nOUTCOME OF PROCEEDINGS\nFrom:\nOn:\nNo. Cion doc.:\nTo:\nSubject:\n" +
            "General Secretariat of the Council\n4 March 2025\n6123/25\nWorking Party on Shipping\nSummary of discussions" + Items);

        Assert.Equal((D("2025-03-04"), MeetingDateSource.OnField), (m.Date, m.Header.DateSource));
        Assert.Equal("Working Party on Shipping", m.Body);
    }

    [Fact]
    public void Flattened_lower_case_labels_and_a_space_before_the_colon_are_split()
    {
        var m = Read(string.Join("   ", "Council of the European Union", "Brussels, 12 March 2025", "(OR. en)", "6123/25",
            "OUTCOME OF PROCEEDINGS", "from : General Secretariat of the Council", "on : 4 March 2025",
            "to : Working Party on Shipping", "subject : Summary of discussions") +
            "   1.  Adoption of the agenda   The agenda was adopted by the delegations present at the meeting of the working party without any changes at all." +
            "   2.  Port reception facilities   The Commission presented the study on port reception facilities and the Presidency invited delegations to send comments on the study by 20 March 2025, in writing, to the General Secretariat of the Council.");

        Assert.Equal((D("2025-03-04"), MeetingDateSource.OnField), (m.Date, m.Header.DateSource));
    }

    [Fact]
    public void A_body_named_with_commas_keeps_its_whole_name()
    {
        var m = Read("Brussels, 12 March 2025\nOUTCOME OF PROCEEDINGS\nOn: 4 March 2025\nTo: Delegations\n" +
            "Subject: Summary of discussions of the Working Party on Ports, Inland Waterways and Logistics held on 4 March 2025" + Items);

        Assert.Equal("Working Party on Ports, Inland Waterways and Logistics", m.Body);
    }

    [Fact]
    public void A_body_only_in_from_is_read_from_there()
    {
        var m = Read("Brussels, 12 March 2025\nOUTCOME OF PROCEEDINGS\nFrom: Working Party on Shipping\nOn: 4 March 2025\nTo: Delegations\nSubject: Summary of discussions" + Items);

        Assert.Equal("Working Party on Shipping", m.Body);
    }

    [Fact]
    public void A_meeting_date_is_never_inferred_from_a_date_long_before_the_issue()
    {
        var m = Read("Brussels, 12 March 2025\nOUTCOME OF PROCEEDINGS\nSubject: Working Party on Shipping" +
            "\n\n1. Port reception facilities\nThe Commission recalled that the directive was adopted on 17 April 2019. Delegations discussed the study.");

        Assert.True(m.DateInferred);
        Assert.InRange(m.Date, D("2025-01-11"), D("2025-03-12"));
    }
}
