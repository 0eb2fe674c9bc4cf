using static WorkingParty.Minutes.Tests.Extraction.ParsedMinutes;

namespace WorkingParty.Minutes.Tests.Layouts;

/// <summary>
/// In flattened text (line breaks lost, runs of spaces instead), a body named after a long kind phrase keeps its
/// "(qualifier)", also when a run of spaces and the next phrase follow it.
/// </summary>
public class FlattenedBodyQualifierTests
{
    private const string Items = "   1.   Adoption of the agenda   The agenda was adopted by the delegations without changes and the Presidency thanked them.   " +
                                 "2.   Port state control   The Commission presented its evaluation of the inspection regime and several delegations welcomed it warmly.";

    [Theory]
    [InlineData("Summary of the informal video meeting of the members of the Working Party on Maritime Affairs (Port Security) held on 3 March 2031")]
    [InlineData("Outcome of the informal videoconference of the experts of the Working Party on Maritime Affairs (Port Security) on 3 March 2031")]
    [InlineData("Summary record of the remote meeting of the delegates of the Working Party on Maritime Affairs (Port Security), 3 March 2031")]
    [InlineData("Summary of the informal video meeting of the members of the Working Party on Maritime     Affairs (Port Security) held on 3 March 2031")]
    [InlineData("Summary of the informal video meeting of the members of the Working Party on Maritime Affairs     (Port Security) held on 3 March 2031")]
    [InlineData("Summary of the informal video meeting of the members of the Working Party on Maritime Affairs (Port Security)     held on 3 March 2031")]
    [InlineData("SUMMARY OF THE INFORMAL VIDEO MEETING OF THE MEMBERS OF THE Working Party on Maritime Affairs (Port Security) held on 3 March 2031")]
    [InlineData("Summary of the informal video meeting of the members of the Working Party on Maritime Affairs (Port Security) (Brussels, 3 March 2031)")]
    [InlineData("Working Party on Maritime Affairs (Port Security)   Summary record")]
    public void A_body_after_a_long_kind_phrase_keeps_its_qualifier(string subject)
    {
        var flat = "Brussels, 10 March 2031   OUTCOME OF PROCEEDINGS   On: 3 March 2031   To: Delegations   Subject: " + subject + Items;

        Assert.Equal("Working Party on Maritime Affairs (Port Security)", Read(flat).Body);
    }

    [Fact]
    public void A_body_after_a_long_kind_phrase_with_no_subject_label_keeps_its_qualifier()
    {
        var flat = "Brussels, 10 March 2031   OUTCOME OF PROCEEDINGS   Summary of the informal video meeting of the members of the Working Party on Maritime Affairs (Port Security) held on 3 March 2031" + Items;

        Assert.Equal("Working Party on Maritime Affairs (Port Security)", Read(flat).Body);
    }
}
