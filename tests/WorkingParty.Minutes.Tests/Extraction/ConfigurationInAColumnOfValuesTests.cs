using static WorkingParty.Minutes.Tests.Extraction.ParsedMinutes;

namespace WorkingParty.Minutes.Tests.Extraction;

/// <summary>
/// Labels in a column before a column of values, the To: value's configuration in brackets on a line of its own: the
/// bracket goes on the body's name (the configuration is a body of its own), not into the Subject's place.
/// </summary>
public class ConfigurationInAColumnOfValuesTests
{
    [Fact]
    public void A_bracketed_line_after_the_To_value_is_the_configuration_of_its_body()
    {
        var m = Read("Brussels, 14 March 2035\nSUMMARY RECORD\nFrom:\nOn:\nTo:\nSubject:\nGeneral Secretariat of the Council\n3 March 2035\n" +
            "Working Party on Inland Waterways\n(Locks and Weirs)\nSummary record of the meeting of the Locks Group\n\n" +
            "1. Adoption of the agenda\nThe agenda was adopted.\n\n2. Lock gates\nThe Commission presented its study on lock gates.");

        Assert.Equal("Working Party on Inland Waterways (Locks and Weirs)", m.Body);
        Assert.Equal(D("2035-03-03"), m.Date);
    }
}
